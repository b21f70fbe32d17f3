using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Needs;

/// <summary>
/// The bureau returns a need to its enterprise with the reason (docs/domain.md §7.1): it leaves the market (a
/// published need may be withdrawn this way too), and the enterprise corrects it, which sends it back for review.
/// </summary>
public sealed class ReturnNeed(KechuangDbContext db, TimeProvider clock)
{
    public async Task<NeedDto> HandleAsync(Caller caller, Guid id, ReturnNeedRequest request, CancellationToken ct = default)
    {
        if (caller.IsIn(Roles.Enterprise))
        {
            throw new ForbiddenException("技术需求由科技局审核退回");
        }
        var need = await NeedAccess.LoadForWriteAsync(db, caller, id, ct);
        var validation = new Validation();
        MarketRules.Title(request.Reason, "reason", "退回原因（企业据此修改）", NeedRules.MaxReason, validation);
        validation.ThrowIfAny();
        if (need.Review == MarketWords.Returned)
        {
            throw new ConflictException("该技术需求已退回，等待企业修改");
        }
        var now = clock.GetUtcNow();
        (need.Review, need.PublishedAt, need.ReviewedBy, need.ReturnReason, need.UpdatedAt) = (MarketWords.Returned, null, caller.UserName, request.Reason!.Trim(), now);
        await db.SaveChangesAsync(ct);
        return NeedDto.From(need);
    }
}
