using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>
/// Who works the voucher register (docs/domain.md §1, §7.4): staff and admins of a region issue vouchers, approve
/// applications, register providers and record redemptions for its counties; leaders read; an enterprise user applies
/// for and reads its own enterprise's vouchers only (another enterprise's answers 404); experts and commissioners
/// see nothing here.
/// </summary>
internal static class VoucherAccess
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static bool IsBureau(Caller caller) => Bureau.Any(caller.IsIn);

    public static void RequireBureau(Caller caller)
    {
        if (!IsBureau(caller))
        {
            throw new ForbiddenException("当前账号不能查看创新券业务");
        }
    }

    /// <summary>The bureau, or an enterprise user linked to its enterprise.</summary>
    public static void RequireReader(Caller caller)
    {
        if (!IsBureau(caller) && !(caller.IsIn(Roles.Enterprise) && caller.EnterpriseId is not null))
        {
            throw new ForbiddenException("当前账号不能查看创新券业务");
        }
    }

    public static void RequireWriter(Caller caller) => caller.RequireRole(Roles.Admin, Roles.Staff);

    public static RegionCode Scope(Caller caller, string? regionCode)
    {
        RequireReader(caller);
        return caller.ScopeTo(regionCode) ?? caller.Region;
    }

    /// <summary>The vouchers the caller may see: its region's, or only its own enterprise's.</summary>
    public static IQueryable<Voucher> Visible(KechuangDbContext db, Caller caller, RegionCode scope)
    {
        var rows = db.Vouchers.AsNoTracking().Within(v => v.RegionCode, scope, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
        return IsBureau(caller) ? rows : rows.Where(v => v.EnterpriseId == caller.EnterpriseId);
    }

    public static IQueryable<VoucherRedemption> Redemptions(KechuangDbContext db, RegionCode scope) =>
        db.VoucherRedemptions.AsNoTracking().Within(r => r.RegionCode, scope, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    public static IQueryable<VoucherProgramme> Programmes(KechuangDbContext db, RegionCode scope) =>
        db.VoucherProgrammes.AsNoTracking().Within(p => p.RegionCode, scope, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    public static IQueryable<VoucherProvider> Providers(KechuangDbContext db, RegionCode scope) =>
        db.VoucherProviders.Within(p => p.RegionCode, scope, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    /// <summary>A voucher the caller may see (tracked for a write); any other id answers 404 so ids cannot be probed.</summary>
    public static async Task<Voucher> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await Visible(db, caller, caller.Region).AnyAsync(v => v.Id == id, ct);
        return found ? await db.Vouchers.FirstAsync(v => v.Id == id, ct) : throw new NotFoundException("未找到该创新券");
    }

    public static async Task<VoucherProgramme> LoadProgrammeAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await Programmes(db, caller.Region).AnyAsync(p => p.Id == id, ct);
        return found ? await db.VoucherProgrammes.FirstAsync(p => p.Id == id, ct) : throw new NotFoundException("未找到该创新券专项");
    }

    public static async Task<VoucherProvider> LoadProviderAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireBureau(caller);
        return await Providers(db, caller.Region).Include(p => p.Services).Include(p => p.Relations).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("未找到该服务机构");
    }

    /// <summary>The county a write names, or the caller's own when it is a county (400/403).</summary>
    public static Task<Region> CountyAsync(KechuangDbContext db, Caller caller, string? code, Validation v, CancellationToken ct) =>
        WritableCounty.CheckAsync(db, caller, string.IsNullOrWhiteSpace(code) ? caller.Region.Value : code, "创新券业务", v, ct);
}
