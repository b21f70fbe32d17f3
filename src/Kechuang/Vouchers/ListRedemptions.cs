using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>GET /api/voucher-redemptions: the bureau's ledger of redemptions (兑现台账), newest service first.</summary>
public sealed class ListRedemptions(KechuangDbContext db)
{
    public async Task<Page<RedemptionDto>> HandleAsync(Caller caller, ListRedemptionsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<RedemptionDto>.Normalize(query.Page, query.PageSize);
        var rows = await FilteredAsync(caller, query, ct);
        var total = await rows.CountAsync(ct);
        var items = await DtosAsync(db, rows.OrderByDescending(r => r.ServedOn).ThenByDescending(r => r.CreatedAt).Skip((page - 1) * size).Take(size), ct);
        return new Page<RedemptionDto>(items, total, page, size);
    }

    internal async Task<IQueryable<VoucherRedemption>> FilteredAsync(Caller caller, ListRedemptionsQuery query, CancellationToken ct)
    {
        VoucherAccess.RequireBureau(caller);
        var scope = caller.ScopeTo(query.RegionCode) ?? caller.Region;
        var rows = VoucherAccess.Redemptions(db, scope);
        if (query.Year is { } year)
        {
            rows = rows.Where(r => r.ServedOn >= new DateOnly(year, 1, 1) && r.ServedOn <= new DateOnly(year, 12, 31));
        }
        if (query.ProviderId is { } provider)
        {
            rows = rows.Where(r => r.ProviderId == provider);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            var ids = (await EnterpriseLookup.ByNameAsync(db, [text], ct))[text].Select(e => e.Id).ToList();
            var pattern = Like.Anywhere(text.ToUpperInvariant());
            rows = rows.Where(r => EF.Functions.Like(r.InvoiceNo, pattern, "\\") || ids.Contains(r.EnterpriseId));
        }
        return rows;
    }

    internal static async Task<List<RedemptionDto>> DtosAsync(KechuangDbContext db, IQueryable<VoucherRedemption> rows, CancellationToken ct)
    {
        var list = await rows.Select(r => new
        {
            r.Id, r.VoucherId, Number = db.Vouchers.Where(v => v.Id == r.VoucherId).Select(v => v.Number).FirstOrDefault(),
            r.ProviderId, Provider = db.VoucherProviders.Where(p => p.Id == r.ProviderId).Select(p => p.Name).FirstOrDefault(),
            Service = db.VoucherServices.Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault(),
            r.EnterpriseId, r.ContractAmount, r.Covered, r.InvoiceNo, r.ServedOn, r.Basis,
        }).ToListAsync(ct);
        var names = await EnterpriseLookup.NamesAsync(db, list.Select(r => r.EnterpriseId), ct);
        return [.. list.Select(r => new RedemptionDto(r.Id, r.VoucherId, r.Number ?? "", r.ProviderId, r.Provider ?? "", r.EnterpriseId,
            names.GetValueOrDefault(r.EnterpriseId), r.ContractAmount, r.Covered, r.InvoiceNo, r.ServedOn, r.Basis, r.Service))];
    }
}
