using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Incubators;

/// <summary>A service or event the carrier ran for its tenants (docs/domain.md §7.3), counted in its figures for the year.</summary>
public sealed class AddIncubatorActivity(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorDto> HandleAsync(Caller caller, Guid id, IncubatorActivityRequest request, CancellationToken ct = default)
    {
        var incubator = await IncubatorAccess.LoadAsync(db, caller, id, ct);
        IncubatorAccess.RequireWrite(caller, RegionCode.Parse(incubator.RegionCode));
        var today = clock.TodayInChina();
        var validation = new Validation();
        IncubatorRules.Activity(request, incubator, today, validation);
        validation.ThrowIfAny();

        var now = clock.GetUtcNow();
        db.IncubatorActivities.Add(new IncubatorActivity   // fix-up puts it in incubator.Activities too
        {
            IncubatorId = incubator.Id, HeldOn = request.HeldOn!.Value, Kind = request.Kind!.Trim(), Title = request.Title!.Trim(),
            Participants = request.Participants, CreatedAt = now,
        });
        incubator.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await IncubatorDetail.ForAsync(db, incubator, today, ct);
    }
}
