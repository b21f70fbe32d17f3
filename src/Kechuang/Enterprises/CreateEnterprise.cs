using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>Staff add an enterprise to the register of their region; the USCC must be valid and new.</summary>
public sealed class CreateEnterprise(KechuangDbContext db, TimeProvider clock)
{
    public async Task<EnterpriseDto> HandleAsync(Caller caller, EnterpriseRequest request, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureauEdit(caller);
        var today = clock.TodayInChina();
        var validation = new Validation();
        EnterpriseRules.Check(request, await RegionLookup.ForAsync(db, ct, request.RegionCode, request.TownCode), today, validation);
        validation.ThrowIfAny();
        caller.RequireRegion(Regions.RegionCode.Parse(request.RegionCode!));

        var enterprise = new Enterprise { Name = "", Uscc = "", RegionCode = "", CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow() };
        EnterpriseRules.Apply(request, enterprise);
        if (await db.Enterprises.AnyAsync(e => e.Uscc == enterprise.Uscc, ct))
        {
            throw new ConflictException($"统一社会信用代码 {enterprise.Uscc} 已登记，请勿重复添加");
        }
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        return (await EnterpriseQueries.ToDtosAsync(db, [enterprise], today, ct))[0];
    }
}
