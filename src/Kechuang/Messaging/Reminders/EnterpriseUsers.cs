using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Messaging.Reminders;

/// <summary>The enterprise users (AppUser.EnterpriseId) of some enterprises: whom an enterprise's reminder reaches.</summary>
internal static class EnterpriseUsers
{
    public static async Task<ILookup<Guid, string>> OfAsync(KechuangDbContext db, IEnumerable<Guid> enterpriseIds, CancellationToken ct)
    {
        var ids = enterpriseIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return Array.Empty<(Guid, string)>().ToLookup(x => x.Item1, x => x.Item2);
        }
        var rows = await db.Users.AsNoTracking().Where(u => u.EnterpriseId != null && EF.Parameter(ids).Contains(u.EnterpriseId!.Value))
            .Select(u => new { EnterpriseId = u.EnterpriseId!.Value, u.Id }).ToListAsync(ct);
        return rows.ToLookup(r => r.EnterpriseId, r => r.Id);
    }
}
