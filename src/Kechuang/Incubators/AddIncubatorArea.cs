using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Incubators;

/// <summary>新增孵化空间: space a carrier put into use, counted in 新增孵化空间面积 from its date (docs/domain.md §7.3).</summary>
public sealed class AddIncubatorArea(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorDto> HandleAsync(Caller caller, Guid id, IncubatorAreaRequest request, CancellationToken ct = default)
    {
        var incubator = await IncubatorAccess.LoadAsync(db, caller, id, ct);
        IncubatorAccess.RequireWrite(caller, RegionCode.Parse(incubator.RegionCode));
        var today = clock.TodayInChina();
        var validation = new Validation();
        IncubatorRules.Area(request.AreaSqm, request.InUseOn, incubator.OpenedOn, today, validation);
        if (request.Note?.Trim().Length > 200)
        {
            validation.Add("note", "说明不能超过200个字");
        }
        validation.ThrowIfAny();

        var now = clock.GetUtcNow();
        var area = new IncubatorArea
        {
            IncubatorId = incubator.Id,
            AreaSqm = request.AreaSqm!.Value,
            InUseOn = request.InUseOn!.Value,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            CreatedAt = now,
        };
        db.IncubatorAreas.Add(area);   // fix-up puts it in incubator.Areas too
        incubator.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await IncubatorDetail.ForAsync(db, incubator, today, ct);
    }
}
