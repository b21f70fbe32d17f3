using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// Who sees which enterprises (docs/domain.md §1): bureau roles see the enterprises of their region; an enterprise
/// user sees only its own; experts and commissioners do not use the register.
/// </summary>
internal static class EnterpriseAccess
{
    private static readonly string[] BureauRoles = [Roles.Admin, Roles.Leader, Roles.Staff];

    /// <summary><paramref name="match"/> is the region filter's SQL form (<see cref="RegionScope.MatchFor"/>) for region-wide reads.</summary>
    public static IQueryable<Enterprise> VisibleTo(this IQueryable<Enterprise> enterprises, Caller caller, RegionMatch match = RegionMatch.Range)
    {
        if (BureauRoles.Any(caller.IsIn))
        {
            return enterprises.InRegion(caller.Region, match);
        }
        if (caller.IsIn(Roles.Enterprise) && caller.EnterpriseId is { } own)
        {
            return enterprises.Where(e => e.Id == own);
        }
        throw new ForbiddenException("当前账号不能查看企业档案");
    }

    /// <summary>Enterprises registered in <paramref name="region"/> or under it; a town is the enterprise's own town code.</summary>
    public static IQueryable<Enterprise> InRegion(this IQueryable<Enterprise> enterprises, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        region.Level == RegionLevel.Town
            ? enterprises.Within(e => e.TownCode, region)
            : enterprises.Within(e => e.RegionCode, region, RegionColumn.CountyCodes, match);

    /// <summary>
    /// The enterprises a region-wide read works on: those the caller sees, narrowed to <paramref name="regionCode"/>.
    /// <paramref name="indexOnly"/> asks for the code range on SQLite too: a search reads only the (RegionCode, Name,
    /// Id, Uscc) index, where the range seeks to the region instead of walking every other province first
    /// (bench/, 300,000 enterprises: a page 1–28 ms as a prefix test, 0–11 ms as a range).
    /// </summary>
    public static IQueryable<Enterprise> Scoped(KechuangDbContext db, Caller caller, string? regionCode, bool indexOnly = false)
    {
        var match = RegionScope.MatchFor(db, indexOnly);
        var enterprises = db.Enterprises.AsNoTracking().VisibleTo(caller, match);
        return caller.ScopeTo(regionCode) is { } region ? enterprises.InRegion(region, match) : enterprises;
    }

    /// <summary>An enterprise the caller may see; others answer 404 so their ids cannot be probed.</summary>
    public static async Task<Enterprise> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct) =>
        await db.Enterprises.VisibleTo(caller).FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException("未找到该企业");

    /// <summary>Leaders read; staff and admins edit the register; an enterprise user edits its own record.</summary>
    public static void RequireEdit(Caller caller) =>
        caller.RequireRole(Roles.Admin, Roles.Staff, Roles.Enterprise);

    /// <summary>The cultivation pool, reminders and region-wide views are the bureau's internal work.</summary>
    public static void RequireBureau(Caller caller) => caller.RequireRole(BureauRoles);

    /// <summary>Creating enterprises and recording titles is bureau work.</summary>
    public static void RequireBureauEdit(Caller caller) =>
        caller.RequireRole(Roles.Admin, Roles.Staff);
}
