using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Needs;

/// <summary>
/// The bureau publishes a need to the market (docs/domain.md §7.1): from then on the region's enterprises, the search
/// and the recommendations see it. Only a need waiting for review (or returned and not yet changed) is published.
/// </summary>
public sealed class PublishNeed(KechuangDbContext db, TimeProvider clock)
{
    public async Task<NeedDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        if (caller.IsIn(Roles.Enterprise))
        {
            throw new ForbiddenException("技术需求由科技局审核发布");
        }
        var need = await NeedAccess.LoadForWriteAsync(db, caller, id, ct);
        if (need.Review == MarketWords.Published)
        {
            throw new ConflictException("该技术需求已发布");
        }
        var now = clock.GetUtcNow();
        (need.Review, need.PublishedAt, need.ReviewedBy, need.ReturnReason, need.UpdatedAt) = (MarketWords.Published, now, caller.UserName, null, now);
        await db.SaveChangesAsync(ct);
        return NeedDto.From(need);
    }
}
