using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// Who works the registry (docs/domain.md §1, §5): staff and admins register contracts whose seller is in their region,
/// leaders read, an enterprise user sees the contracts its own enterprise sold, experts and commissioners nothing.
/// </summary>
internal static class ContractAccess
{
    private static readonly string[] BureauRoles = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static void RequireWriter(Caller caller) => caller.RequireRole(Roles.Admin, Roles.Staff);

    public static void RequireBureau(Caller caller)
    {
        if (!BureauRoles.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看技术合同统计");
        }
    }

    /// <summary>Contracts the caller may read: those sold in the caller's region, or by the caller's enterprise.</summary>
    public static async Task<IQueryable<TechContract>> VisibleAsync(KechuangDbContext db, Caller caller, CancellationToken ct)
    {
        var contracts = db.TechContracts.AsNoTracking();
        if (BureauRoles.Any(caller.IsIn))
        {
            return InRegion(contracts, caller.Region, RegionScope.MatchFor(db));
        }
        if (caller.IsIn(Roles.Enterprise) && caller.EnterpriseId is { } own)
        {
            var uscc = await EnterpriseLookup.UsccAsync(db, own, ct);
            return contracts.Where(c => c.SellerUscc == uscc);
        }
        throw new ForbiddenException("当前账号不能查看技术合同");
    }

    /// <summary>Narrows to a region the caller asked for (400 malformed, 403 outside the caller's region).</summary>
    public static async Task<IQueryable<TechContract>> ScopedAsync(KechuangDbContext db, Caller caller, string? regionCode, CancellationToken ct)
    {
        var contracts = await VisibleAsync(db, caller, ct);
        return caller.ScopeTo(regionCode) is { } region ? InRegion(contracts, region, RegionScope.MatchFor(db)) : contracts;
    }

    /// <summary>Contracts sold in <paramref name="region"/> or under it (a seller is registered in a county).</summary>
    public static IQueryable<TechContract> InRegion(IQueryable<TechContract> contracts, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        contracts.Within(c => c.SellerRegionCode, region, RegionColumn.CountyCodes, match);

    /// <summary>A contract the caller may see; others answer 404 so their ids cannot be probed.</summary>
    public static async Task<TechContract> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var visible = await VisibleAsync(db, caller, ct);
        var found = await visible.AnyAsync(c => c.Id == id, ct);
        return found ? await db.TechContracts.FirstAsync(c => c.Id == id, ct) : throw new NotFoundException("未找到该技术合同");
    }

    /// <summary>Writing needs a bureau writer whose region covers the seller's.</summary>
    public static void RequireWrite(Caller caller, string sellerRegionCode)
    {
        RequireWriter(caller);
        if (!caller.CanSee(RegionCode.Parse(sellerRegionCode)))
        {
            throw new ForbiddenException($"只能登记卖方在本辖区（{caller.Region}）的技术合同");
        }
    }
}
