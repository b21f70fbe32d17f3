using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Incubators;

/// <summary>毕业 or 退出: a tenant leaves the carrier on a date (docs/domain.md §7.3); a tenant that has left cannot leave again.</summary>
public sealed class EndIncubatorTenancy(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorDto> HandleAsync(Caller caller, Guid id, Guid tenantId, IncubatorTenantExitRequest request, CancellationToken ct = default)
    {
        var incubator = await IncubatorAccess.LoadAsync(db, caller, id, ct);
        IncubatorAccess.RequireWrite(caller, RegionCode.Parse(incubator.RegionCode));
        var tenant = incubator.Tenants.FirstOrDefault(t => t.Id == tenantId) ?? throw new NotFoundException("该载体没有这家在孵企业");
        if (tenant.LeftOn is { } left)
        {
            throw new ConflictException($"“{tenant.Name}”已于{Zh.Date(left)}{(tenant.Graduated ? "毕业" : "退出")}");
        }
        var today = clock.TodayInChina();
        var validation = new Validation();
        IncubatorRules.Exit(request, tenant, today, validation);
        validation.ThrowIfAny();

        tenant.LeftOn = request.LeftOn;
        tenant.Graduated = request.Graduated!.Value;
        incubator.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await IncubatorDetail.ForAsync(db, incubator, today, ct);
    }
}
