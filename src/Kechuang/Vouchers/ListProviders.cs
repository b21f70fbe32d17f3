using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>GET /api/voucher-providers: the region's service providers, with their services, declared relations and what they served.</summary>
public sealed class ListProviders(KechuangDbContext db)
{
    public async Task<IReadOnlyList<ProviderDto>> HandleAsync(Caller caller, string? regionCode, string? q, CancellationToken ct = default)
    {
        VoucherAccess.RequireBureau(caller);
        var scope = caller.ScopeTo(regionCode) ?? caller.Region;
        var rows = VoucherAccess.Providers(db, scope).AsNoTracking().Include(p => p.Services).Include(p => p.Relations).AsSplitQuery();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.Anywhere(q.Trim());
            rows = rows.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Uscc, pattern.ToUpperInvariant(), "\\"));
        }
        return await DtosAsync(db, await rows.OrderBy(p => p.Approved).ThenBy(p => p.Name).Take(1000).ToListAsync(ct), ct);
    }

    /// <summary>GET /api/voucher-providers/{id}.</summary>
    public async Task<ProviderDto> OneAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        (await DtosAsync(db, [await VoucherAccess.LoadProviderAsync(db, caller, id, ct)], ct))[0];

    internal static async Task<List<ProviderDto>> DtosAsync(KechuangDbContext db, IReadOnlyList<VoucherProvider> list, CancellationToken ct)
    {
        var ids = list.Select(p => p.Id).ToList();
        var served = await db.VoucherRedemptions.AsNoTracking().Where(r => ids.Contains(r.ProviderId)).Select(r => new { r.ProviderId, r.Covered }).ToListAsync(ct);
        var names = await EnterpriseLookup.NamesAsync(db, list.SelectMany(p => p.Relations).Select(r => r.EnterpriseId), ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. list.Select(p => p.RegionCode).Distinct()]);
        return [.. list.Select(p => new ProviderDto(p.Id, p.Uscc, p.Name, p.RegionCode, regions(p.RegionCode)?.Name, p.Approved, p.ApprovedOn, p.Contact, p.Phone,
            [.. p.Services.OrderBy(s => s.Name).Select(s => new ProviderServiceDto(s.Id, s.Name, s.Price, s.Unit))],
            [.. p.Relations.Select(r => new ProviderRelationDto(r.EnterpriseId, names.GetValueOrDefault(r.EnterpriseId), r.Kind))],
            served.Count(r => r.ProviderId == p.Id), served.Where(r => r.ProviderId == p.Id).Sum(r => r.Covered), p.Version))];
    }
}
