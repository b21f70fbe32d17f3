using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

public sealed class ListYearFacts(KechuangDbContext db)
{
    public async Task<IReadOnlyList<YearFactsDto>> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        var years = await db.EnterpriseYears.AsNoTracking().Where(f => f.EnterpriseId == enterprise.Id).OrderByDescending(f => f.Year).ToListAsync(ct);
        return years.Select(YearFactsDto.From).ToList();
    }
}
