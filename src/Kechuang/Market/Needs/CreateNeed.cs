using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;

namespace Kechuang.Market.Needs;

/// <summary>
/// Files a need (docs/domain.md §7.1). An enterprise user files for its own enterprise, and the need waits for the
/// bureau (待审核); naming another enterprise is 403. Staff file for an enterprise of their region (checked by
/// <see cref="EnterpriseReference"/>; another county's is 404), published at once: the bureau has vetted it by writing it.
/// </summary>
public sealed class CreateNeed(KechuangDbContext db, TimeProvider clock)
{
    public async Task<NeedDto> HandleAsync(Caller caller, NeedRequest request, CancellationToken ct = default)
    {
        var fromEnterprise = caller.IsIn(Roles.Enterprise);
        Guid enterprise;
        var validation = new Validation();
        if (fromEnterprise)
        {
            enterprise = caller.EnterpriseId ?? throw new ForbiddenException("当前账号未关联企业，不能登记技术需求");
            if (request.EnterpriseId is { } named && named != enterprise)
            {
                throw new ForbiddenException("企业用户只能登记本企业的技术需求");
            }
        }
        else
        {
            caller.RequireRole(Roles.Admin, Roles.Staff);
            enterprise = request.EnterpriseId ?? Guid.Empty;
            if (request.EnterpriseId is null)
            {
                validation.Add("enterpriseId", "请选择提出需求的企业");
            }
            else
            {
                // Another county's enterprise is not found, as the cultivation pool answers (EnterpriseAccess).
                var reference = new Validation();
                if (await EnterpriseReference.CheckIdAsync(db, caller, enterprise, null, "enterpriseId", reference, ct) is null)
                {
                    throw new NotFoundException("未找到该企业，或不在本辖区");
                }
            }
        }
        NeedRules.Check(request, validation);
        validation.ThrowIfAny();
        var now = clock.GetUtcNow();
        var standing = await EnterpriseLookup.StandingAsync(db, enterprise, clock.TodayInChina(), ct) ?? throw new NotFoundException("未找到该企业");
        var need = new TechNeed
        {
            EnterpriseId = enterprise, EnterpriseName = standing.Name, RegionCode = standing.RegionCode, Title = "", CooperationMode = "",
            CreatedAt = now,
        };
        NeedRules.Apply(need, request, now);
        if (!fromEnterprise)
        {
            (need.Review, need.PublishedAt, need.ReviewedBy) = (MarketWords.Published, now, caller.UserName);
        }
        db.TechNeeds.Add(need);
        await db.SaveChangesAsync(ct);
        return NeedDto.From(need);
    }
}
