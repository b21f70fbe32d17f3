using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Cooperation;

/// <summary>
/// Who sees and writes cooperation projects (docs/domain.md §1, §7.1): the bureau of the enterprise's county (staff and
/// admins write, leaders read); an enterprise user reads its own enterprise's, read-only. Another's answers 404.
/// </summary>
internal static class CooperationAccess
{
    public static IQueryable<CooperationProject> InRegion(IQueryable<CooperationProject> rows, KechuangDbContext db, RegionCode region) =>
        rows.Within(c => c.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    public static IQueryable<CooperationProject> Visible(KechuangDbContext db, Caller caller)
    {
        if (MarketFollowUpRules.IsBureau(caller))
        {
            return InRegion(db.CooperationProjects, db, caller.Region);
        }
        if (caller.IsIn(Roles.Enterprise))
        {
            var own = caller.EnterpriseId ?? Guid.Empty;
            return db.CooperationProjects.Where(c => c.EnterpriseId == own);
        }
        throw new ForbiddenException("当前账号不能查看产学研合作项目");
    }

    public static async Task<CooperationProject> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct)
    {
        var found = await Visible(db, caller).AnyAsync(c => c.Id == id, ct);
        var rows = track ? db.CooperationProjects : db.CooperationProjects.AsNoTracking();
        return found ? await rows.Include(c => c.Payments).FirstAsync(c => c.Id == id, ct) : throw new NotFoundException("未找到该合作项目");
    }

    /// <summary>Found first (404 for another's), then the role (403: leaders and the enterprise itself read only).</summary>
    public static async Task<CooperationProject> LoadForWriteAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var c = await LoadAsync(db, caller, id, track: true, ct);
        caller.RequireRole(Roles.Admin, Roles.Staff);
        return c;
    }
}
