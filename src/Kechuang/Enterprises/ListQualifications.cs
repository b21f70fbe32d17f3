using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

public sealed class ListQualifications(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<QualificationDto>> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var items = await db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == enterprise.Id)
            .OrderByDescending(q => q.IssuedOn).ToListAsync(ct);
        return items.Select(q => QualificationDto.From(q, today)).ToList();
    }

    /// <summary>The kinds of title a user may choose from.</summary>
    public async Task<IReadOnlyList<string>> TypesAsync(CancellationToken ct = default) =>
        await db.QualificationTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => t.Name).ToListAsync(ct);
}
