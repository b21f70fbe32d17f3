using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>GET /api/vouchers: the region's vouchers (an enterprise user: its own), pending applications first, then newest.</summary>
public sealed class ListVouchers(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<VoucherDto>> HandleAsync(Caller caller, ListVouchersQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<VoucherDto>.Normalize(query.Page, query.PageSize);
        var rows = await FilteredAsync(caller, query, ct);
        var total = await rows.CountAsync(ct);
        var items = await Ordered(rows).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<VoucherDto>(await VoucherLedger.DtosAsync(db, items, clock.TodayInChina(), ct), total, page, size);
    }

    internal static IQueryable<Voucher> Ordered(IQueryable<Voucher> rows) =>
        rows.OrderBy(v => v.Status == VoucherWords.Pending ? 0 : 1).ThenByDescending(v => v.CreatedAt).ThenBy(v => v.Id);

    internal async Task<IQueryable<Voucher>> FilteredAsync(Caller caller, ListVouchersQuery query, CancellationToken ct)
    {
        var scope = VoucherAccess.Scope(caller, query.RegionCode);
        var rows = VoucherAccess.Visible(db, caller, scope);
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status.Trim();
            if (!VoucherWords.Statuses.Contains(status))
            {
                throw new ValidationFailedException("status", $"状态应为{string.Join("、", VoucherWords.Statuses)}之一");
            }
            rows = rows.Where(v => v.Status == status);
        }
        if (query.ProgrammeId is { } programme)
        {
            rows = rows.Where(v => v.ProgrammeId == programme);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            var ids = (await EnterpriseLookup.ByNameAsync(db, [text], ct))[text].Select(e => e.Id).ToList();
            var pattern = Like.Anywhere(text);
            rows = rows.Where(v => EF.Functions.Like(v.Number, pattern, "\\") || ids.Contains(v.EnterpriseId));
        }
        return rows;
    }
}
