using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Needs;

/// <summary>
/// Who sees and writes a need (docs/domain.md §1, §7.1): an enterprise user its own enterprise's needs (every review
/// state) and the published ones of its region; the bureau every need of its region, staff and admins write and
/// review, leaders read. Another's need answers 404 on a write, and an unpublished one on a read, so ids cannot be probed.
/// </summary>
internal static class NeedAccess
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    /// <summary>What a list shows: an enterprise user its own; the bureau its region (or the sub-region it asks for).</summary>
    public static IQueryable<TechNeed> Listed(KechuangDbContext db, Caller caller, string? regionCode)
    {
        if (caller.IsIn(Roles.Enterprise))
        {
            var own = caller.EnterpriseId ?? Guid.Empty;
            return db.TechNeeds.AsNoTracking().Where(n => n.EnterpriseId == own);
        }
        if (Bureau.Any(caller.IsIn))
        {
            var region = caller.ScopeTo(regionCode) ?? caller.Region;
            return db.TechNeeds.AsNoTracking().Within(n => n.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
        }
        throw new ForbiddenException("当前账号不能查看企业技术需求");
    }

    /// <summary>Published needs of a region: what the market (search, recommendations) shows to anyone who may search.</summary>
    public static IQueryable<TechNeed> Published(KechuangDbContext db, RegionCode region) =>
        db.TechNeeds.AsNoTracking().Where(n => n.Review == MarketWords.Published)
            .Within(n => n.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    /// <summary>One need the caller may read: its own, a published one of its region, or (bureau) any of its region.</summary>
    public static async Task<TechNeed> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct)
    {
        IQueryable<TechNeed> visible;
        if (caller.IsIn(Roles.Enterprise))
        {
            var own = caller.EnterpriseId ?? Guid.Empty;
            visible = db.TechNeeds.Where(n => n.EnterpriseId == own)
                .Union(db.TechNeeds.Where(n => n.Review == MarketWords.Published).Within(n => n.RegionCode, caller.Region, RegionColumn.CountyCodes, RegionScope.MatchFor(db)));
        }
        else if (Bureau.Any(caller.IsIn))
        {
            visible = db.TechNeeds.Within(n => n.RegionCode, caller.Region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
        }
        else
        {
            throw new ForbiddenException("当前账号不能查看企业技术需求");
        }
        var found = await visible.AnyAsync(n => n.Id == id, ct);
        var needs = track ? db.TechNeeds : db.TechNeeds.AsNoTracking();
        return found ? await needs.FirstAsync(n => n.Id == id, ct) : throw new NotFoundException("未找到该技术需求");
    }

    /// <summary>A need the caller may change: an enterprise user only its own (another's is 404), staff their region's.</summary>
    public static async Task<TechNeed> LoadForWriteAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        if (caller.IsIn(Roles.Enterprise))
        {
            var own = caller.EnterpriseId ?? Guid.Empty;
            return await db.TechNeeds.FirstOrDefaultAsync(n => n.Id == id && n.EnterpriseId == own, ct)
                ?? throw new NotFoundException("未找到该技术需求");
        }
        var need = await LoadAsync(db, caller, id, track: true, ct);
        caller.RequireRole(Roles.Admin, Roles.Staff);
        return need;
    }
}
