using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Incubators;

/// <summary>年度考核评价: one grade a year for a carrier (docs/domain.md §7.3); a year already graded is 409 naming its grade.</summary>
public sealed class EvaluateIncubator(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorDto> HandleAsync(Caller caller, Guid id, IncubatorEvaluationRequest request, CancellationToken ct = default)
    {
        var incubator = await IncubatorAccess.LoadAsync(db, caller, id, ct);
        IncubatorAccess.RequireWrite(caller, RegionCode.Parse(incubator.RegionCode));
        var today = clock.TodayInChina();
        var validation = new Validation();
        IncubatorRules.Evaluation(request, incubator, today, validation);
        validation.ThrowIfAny();
        if (incubator.Evaluations.FirstOrDefault(e => e.Year == request.Year) is { } existing)
        {
            throw new ConflictException($"{incubator.Name}{existing.Year}年度已评价为“{existing.Grade}”，不能重复评价");
        }

        var now = clock.GetUtcNow();
        db.IncubatorEvaluations.Add(new IncubatorEvaluation   // fix-up puts it in incubator.Evaluations too
        {
            IncubatorId = incubator.Id, Year = request.Year!.Value, Grade = request.Grade!.Trim(),
            Remark = string.IsNullOrWhiteSpace(request.Remark) ? null : request.Remark.Trim(), CreatedAt = now,
        });
        incubator.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await IncubatorDetail.ForAsync(db, incubator, today, ct);
    }
}
