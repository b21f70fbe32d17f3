using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Incubators;

/// <summary>
/// 入驻: an enterprise of the register or a start-up team enters a carrier (docs/domain.md §7.3). The enterprise is
/// checked by the one reference rule (the carrier's county, in the caller's region); one open residence per tenant.
/// </summary>
public sealed class AddIncubatorTenant(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorDto> HandleAsync(Caller caller, Guid id, IncubatorTenantRequest request, CancellationToken ct = default)
    {
        var incubator = await IncubatorAccess.LoadAsync(db, caller, id, ct);
        IncubatorAccess.RequireWrite(caller, RegionCode.Parse(incubator.RegionCode));
        if (request.EnterpriseId is null && !string.IsNullOrWhiteSpace(request.EnterpriseUscc))
        {
            request = request with
            {
                EnterpriseId = await EnterpriseLookup.IdByUsccAsync(db, request.EnterpriseUscc, ct)
                    ?? throw new ValidationFailedException("enterpriseUscc", $"企业库中没有统一社会信用代码为 {request.EnterpriseUscc.Trim().ToUpperInvariant()} 的企业"),
            };
        }
        var today = clock.TodayInChina();
        var validation = new Validation();
        IncubatorRules.Tenant(request, incubator, today, validation);
        if (request.EnterpriseId is { } enterprise)
        {
            await EnterpriseReference.CheckIdAsync(db, caller, enterprise, RegionCode.Parse(incubator.RegionCode), "enterpriseId", validation, ct);
        }
        validation.ThrowIfAny();

        var name = request.EnterpriseId is { } e ? (await EnterpriseLookup.NamesAsync(db, [e], ct))[e] : request.Name!.Trim();
        var open = incubator.Tenants.FirstOrDefault(t => t.LeftOn is null && (request.EnterpriseId is { } eid ? t.EnterpriseId == eid : t.EnterpriseId is null && t.Name == name));
        if (open is not null)
        {
            throw new ConflictException($"“{open.Name}”已于{Zh.Date(open.EnteredOn)}入驻{incubator.Name}，尚未离开，请勿重复登记");
        }

        var now = clock.GetUtcNow();
        db.IncubatorTenants.Add(new IncubatorTenant   // fix-up puts it in incubator.Tenants too
        {
            IncubatorId = incubator.Id, EnterpriseId = request.EnterpriseId, Name = name, AreaSqm = request.AreaSqm,
            EnteredOn = request.EnteredOn!.Value, CreatedAt = now,
        });
        incubator.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await IncubatorDetail.ForAsync(db, incubator, today, ct);
    }
}
