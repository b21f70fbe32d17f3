using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Needs;

/// <summary>
/// Changes a need (docs/domain.md §7.1). The enterprise's own change goes back to the bureau (待审核) — what the market
/// shows is what the bureau read; a change by staff keeps the review state. The enterprise and its region stay.
/// </summary>
public sealed class UpdateNeed(KechuangDbContext db, TimeProvider clock)
{
    public async Task<NeedDto> HandleAsync(Caller caller, Guid id, NeedRequest request, CancellationToken ct = default)
    {
        var need = await NeedAccess.LoadForWriteAsync(db, caller, id, ct);
        if (request.EnterpriseId is { } named && named != need.EnterpriseId)
        {
            throw new ValidationFailedException("enterpriseId", "技术需求登记后不能改为其他企业的需求");
        }
        var validation = new Validation();
        NeedRules.Check(request, validation);
        validation.ThrowIfAny();
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, need, version);
        }
        NeedRules.Apply(need, request, clock.GetUtcNow());
        if (caller.IsIn(Roles.Enterprise))
        {
            (need.Review, need.PublishedAt) = (MarketWords.Pending, null);
        }
        await db.SaveChangesAsync(ct);
        return NeedDto.From(need);
    }
}
