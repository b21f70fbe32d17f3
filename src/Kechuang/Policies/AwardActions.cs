using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Policies;

/// <summary>POST /api/policy-awards/{id}/refuse: 不予兑现 for an entry drafted, applied for or objected to, with the reason.</summary>
public sealed class RefuseAward(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyAwardDto> HandleAsync(Caller caller, Guid id, RefuseRequest request, CancellationToken ct = default)
    {
        var award = await AwardWrite.LoadAsync(db, caller, id, request.Version, ct);
        if (award.Status is not (AwardStatus.Listed or AwardStatus.Applied or AwardStatus.Public or AwardStatus.Objected))
        {
            throw new ConflictException($"{award.Status}的记录不能再改为不予兑现");
        }
        var reason = AwardWrite.Text(request.Reason, "reason", "请填写不予兑现的理由");
        award.Status = AwardStatus.Refused;
        award.Reason = reason;
        award.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ListAwards.Dto(award, null, trace: null);
    }
}

/// <summary>POST /api/policy-awards/{id}/objection: an objection received within the 公示 period; approval waits for its answer.</summary>
public sealed class RecordAwardObjection(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyAwardDto> HandleAsync(Caller caller, Guid id, ObjectionRequest request, CancellationToken ct = default)
    {
        var award = await AwardWrite.LoadAsync(db, caller, id, request.Version, ct);
        if (award.Status != AwardStatus.Public)
        {
            throw new ConflictException("只有公示中的记录可以登记异议");
        }
        var text = AwardWrite.Text(request.Text, "text", "请填写异议内容");
        var received = request.ReceivedOn ?? clock.TodayInChina();
        if (received < award.PublicFrom || received > award.PublicTo)
        {
            throw new ValidationFailedException("receivedOn", $"异议应在公示期（{award.PublicFrom:yyyy-MM-dd}至{award.PublicTo:yyyy-MM-dd}）内提出");
        }
        award.Status = AwardStatus.Objected;
        award.Objection = $"{received:yyyy-MM-dd}：{text}";
        award.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ListAwards.Dto(award, null, trace: null);
    }
}

/// <summary>POST /api/policy-awards/{id}/objection/answer: upheld → 不予兑现; dismissed → back in 公示.</summary>
public sealed class AnswerAwardObjection(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyAwardDto> HandleAsync(Caller caller, Guid id, ObjectionAnswerRequest request, CancellationToken ct = default)
    {
        var award = await AwardWrite.LoadAsync(db, caller, id, request.Version, ct);
        if (award.Status != AwardStatus.Objected)
        {
            throw new ConflictException("该记录没有待处理的异议");
        }
        var answer = AwardWrite.Text(request.Answer, "answer", "请填写异议处理意见");
        if (request.Upheld is not { } upheld)
        {
            throw new ValidationFailedException("upheld", "请选择异议是否成立");
        }
        award.Answer = answer;
        award.Status = upheld ? AwardStatus.Refused : AwardStatus.Public;
        award.Reason = upheld ? $"异议成立：{answer}" : award.Reason;
        award.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ListAwards.Dto(award, null, trace: null);
    }
}

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

/// <summary>The checks every write on an award shares: a writer of its region, the version the editor saw.</summary>
internal static class AwardWrite
{
    public static async Task<PolicyAward> LoadAsync(KechuangDbContext db, Caller caller, Guid id, int? version, CancellationToken ct)
    {
        var award = await PolicyAccess.AwardAsync(db, caller, id, track: true, ct);
        if (!PolicyAccess.IsBureau(caller))
        {
            throw new NotFoundException("未找到该兑现记录");
        }
        caller.RequireRole(Roles.Admin, Roles.Staff);
        VersioningInterceptor.ExpectVersion(db, award, version ?? award.Version);
        return award;
    }

    public static string Text(string? text, string field, string missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ValidationFailedException(field, missing);
        }
        return text.Trim().Length <= PolicyRules.MaxText ? text.Trim() : throw new ValidationFailedException(field, $"不能超过{PolicyRules.MaxText}个字符");
    }
}
