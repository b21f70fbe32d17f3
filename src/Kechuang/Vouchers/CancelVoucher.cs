using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Vouchers;

/// <summary>POST /api/vouchers/{id}/cancel: 作废 a voucher (entered by mistake, or the enterprise gave it up). Its redemptions
/// stay; what it had left can no longer be spent, and the history records it.</summary>
public sealed class CancelVoucher(KechuangDbContext db, TimeProvider clock)
{
    public async Task<VoucherDto> HandleAsync(Caller caller, Guid id, string? reason, CancellationToken ct = default)
    {
        VoucherAccess.RequireWriter(caller);
        var voucher = await VoucherAccess.LoadAsync(db, caller, id, ct);
        if (voucher.Status is VoucherWords.Cancelled or VoucherWords.Refused)
        {
            throw new ConflictException($"创新券{voucher.Number}已{(voucher.Status == VoucherWords.Refused ? "驳回" : "作废")}");
        }
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow();
        voucher.Status = VoucherWords.Cancelled;
        voucher.Note = string.IsNullOrWhiteSpace(reason) ? voucher.Note : reason.Trim();
        voucher.UpdatedAt = now;
        db.VoucherEntries.Add(new VoucherEntry
        {
            VoucherId = voucher.Id, On = today, Kind = VoucherWords.Cancel, Change = 0m, BalanceAfter = voucher.Balance,
            Note = $"{caller.UserName}作废，余额{Zh.Wan(voucher.Balance)}不再使用" + (string.IsNullOrWhiteSpace(reason) ? "" : "：" + reason.Trim()), CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return (await VoucherLedger.DtosAsync(db, [voucher], today, ct))[0];
    }
}
