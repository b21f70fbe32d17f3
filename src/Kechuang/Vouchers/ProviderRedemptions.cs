using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>
/// GET /api/voucher-providers/mine/redemptions: a provider sees only its own redemptions (docs/domain.md §7.4). There is
/// no provider role (docs/domain.md §1): a provider signs in with the enterprise account of the register enterprise
/// holding its 统一社会信用代码; a provider that is not in the register has no login and reads its redemptions from the bureau.
/// </summary>
public sealed class ProviderRedemptions(KechuangDbContext db)
{
    public async Task<IReadOnlyList<RedemptionDto>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        if (!caller.IsIn(Roles.Enterprise) || caller.EnterpriseId is not { } enterprise)
        {
            throw new ForbiddenException("只有服务机构本单位的企业账号可以查看本机构的创新券兑现记录");
        }
        var uscc = await EnterpriseLookup.UsccAsync(db, enterprise, ct);
        var providers = db.VoucherProviders.Where(p => p.Uscc == uscc).Select(p => p.Id);
        return await ListRedemptions.DtosAsync(db, db.VoucherRedemptions.AsNoTracking().Where(r => providers.Contains(r.ProviderId))
            .OrderByDescending(r => r.ServedOn).Take(1000), ct);
    }
}
