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
