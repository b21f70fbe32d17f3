using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Policies;

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
