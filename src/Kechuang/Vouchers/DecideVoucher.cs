using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Vouchers;

/// <summary>POST /api/vouchers/{id}/decide: the bureau approves an enterprise's application (the voucher becomes 有效 with
/// its full face value) or refuses it with a reason; decided once (docs/domain.md §7.4).</summary>
public sealed class DecideVoucher(KechuangDbContext db, TimeProvider clock)
{
    public async Task<VoucherDto> HandleAsync(Caller caller, Guid id, VoucherDecisionRequest request, CancellationToken ct = default)
    {
        VoucherAccess.RequireWriter(caller);
        var voucher = await VoucherAccess.LoadAsync(db, caller, id, ct);
        if (voucher.Status != VoucherWords.Pending)
        {
            throw new ConflictException($"创新券{voucher.Number}的状态为“{voucher.Status}”，不是待审核的申请");
        }
        if (request.Approve is not { } approve)
        {
            throw new ValidationFailedException("approve", "请选择通过或驳回");
        }
        if (!approve && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new ValidationFailedException("reason", "驳回申请须填写理由");
        }
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow();
        voucher.Status = approve ? VoucherWords.Active : VoucherWords.Refused;
        voucher.DecidedBy = caller.UserName;
        voucher.UpdatedAt = now;
        if (approve)
        {
            voucher.Balance = voucher.Amount;
            voucher.IssuedOn = today;
            VoucherLedger.Issued(db, voucher, today, $"申请经{caller.UserName}审核通过", now);
        }
        else
        {
            voucher.Note = request.Reason!.Trim();
        }
        await db.SaveChangesAsync(ct);
        return (await VoucherLedger.DtosAsync(db, [voucher], today, ct))[0];
    }
}
