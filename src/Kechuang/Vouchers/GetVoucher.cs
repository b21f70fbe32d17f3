using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>GET /api/vouchers/{id}: a voucher with its balance history and redemptions; another enterprise's answers 404.</summary>
public sealed class GetVoucher(KechuangDbContext db, TimeProvider clock)
{
    public async Task<VoucherDetailDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var voucher = await VoucherAccess.LoadAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var dto = (await VoucherLedger.DtosAsync(db, [voucher], today, ct))[0];
        var history = await db.VoucherEntries.AsNoTracking().Where(e => e.VoucherId == id).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => new VoucherEntryDto(e.On, e.Kind, e.Change, e.BalanceAfter, e.Note)).ToListAsync(ct);
        var redemptions = await ListRedemptions.DtosAsync(db, db.VoucherRedemptions.AsNoTracking().Where(r => r.VoucherId == id).OrderBy(r => r.ServedOn), ct);
        return new VoucherDetailDto(dto, history, redemptions);
    }
}
