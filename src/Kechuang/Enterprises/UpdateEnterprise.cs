using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// Edits an enterprise. An enterprise user may correct its own record but not rename it, move it to another region
/// or change its USCC: those follow the business licence and are the bureau's to change. No one renames a record
/// to a name another enterprise of the register holds.
/// </summary>
public sealed class UpdateEnterprise(KechuangDbContext db, TimeProvider clock)
{
    public async Task<EnterpriseDto> HandleAsync(Caller caller, Guid id, EnterpriseRequest request, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireEdit(caller);
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var validation = new Validation().Require(request.Version is not null, "version", "缺少版本号（version），请先读取该企业");
        EnterpriseRules.Check(request, await RegionLookup.ForAsync(db, ct, request.RegionCode, request.TownCode), today, validation);
        validation.ThrowIfAny();
        var uscc = Uscc.Parse(request.Uscc!).Value;
        var name = request.Name!.Trim();
        if (caller.IsIn(Roles.Enterprise) && !caller.IsIn(Roles.Admin) && !caller.IsIn(Roles.Staff))
        {
            if (uscc != enterprise.Uscc || request.RegionCode!.Trim() != enterprise.RegionCode)
            {
                throw new ForbiddenException("企业用户不能修改统一社会信用代码或所属区划，请联系科技局");
            }
            // A name is the business licence's: a renamed company brings its new licence to the bureau, which records
            // it (docs/domain.md §4, Names and identity) — otherwise a user could pass its record off as another company.
            if (name != enterprise.Name)
            {
                throw new ForbiddenException("企业名称以营业执照为准，企业用户不能自行修改；名称变更请持新营业执照联系科技局");
            }
        }
        caller.RequireRegion(Regions.RegionCode.Parse(request.RegionCode!));
        if (name != enterprise.Name && await db.Enterprises.AnyAsync(e => e.Name == name && e.Id != id, ct))
        {
            throw new ConflictException($"企业名称“{name}”已登记在另一家企业名下，请核对营业执照");
        }
        VersioningInterceptor.ExpectVersion(db, enterprise, request.Version!.Value);
        if (uscc != enterprise.Uscc && await db.Enterprises.AnyAsync(e => e.Uscc == uscc && e.Id != id, ct))
        {
            throw new ConflictException($"统一社会信用代码 {uscc} 已登记在另一家企业名下");
        }
        EnterpriseRules.Apply(request, enterprise);
        enterprise.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (await EnterpriseQueries.ToDtosAsync(db, [enterprise], today, ct))[0];
    }
}
