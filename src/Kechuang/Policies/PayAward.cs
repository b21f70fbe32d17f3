using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Policies;

/// <summary>
/// POST /api/policy-awards/{id}/payment: the payment of an approved award — the day, the amount (at most what was
/// approved; less is allowed when funds are split) and the accounting voucher number.
/// </summary>
public sealed class PayAward(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyAwardDto> HandleAsync(Caller caller, Guid id, PaymentRequest request, CancellationToken ct = default)
    {
        var award = await AwardWrite.LoadAsync(db, caller, id, request.Version, ct);
        if (award.Status != AwardStatus.Approved)
        {
            throw new ConflictException(award.Status == AwardStatus.Paid ? "该奖励已兑现" : "批准后才能登记兑现");
        }
        var v = new Validation();
        var amount = request.Amount ?? award.Amount;
        v.Require(amount > 0, "amount", "兑现金额应大于0");
        v.Require(amount <= award.Amount, "amount", $"兑现金额不能超过批准金额 {PolicyCalculator.Yuan(award.Amount)} 元");
        v.Require(decimal.Round(amount, 2) == amount, "amount", "兑现金额最多保留到分");
        v.Require(request.PaidOn is not null, "paidOn", "请填写兑现日期");
        v.Require(request.PaidOn is null || (request.PaidOn >= award.ApprovedOn && request.PaidOn <= clock.TodayInChina()), "paidOn",
            $"兑现日期应在批准日期（{award.ApprovedOn:yyyy-MM-dd}）之后且不晚于今天");
        v.Require(!string.IsNullOrWhiteSpace(request.VoucherNo), "voucherNo", "请填写付款凭证号");
        v.Require(request.VoucherNo is null || request.VoucherNo.Trim().Length <= 50, "voucherNo", "凭证号不能超过50个字符");
        v.ThrowIfAny();
        award.Status = AwardStatus.Paid;
        award.PaidOn = request.PaidOn;
        award.PaidAmount = amount;
        award.VoucherNo = request.VoucherNo!.Trim();
        award.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ListAwards.Dto(award, null, trace: null);
    }
}
