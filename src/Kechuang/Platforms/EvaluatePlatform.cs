using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Platforms;

/// <summary>
/// 年度绩效评价: the grade of a year, with the staff and R&amp;D spending the platform reported. A platform graded 不合格 a
/// second time is withdrawn (撤销) on the day the second grade is recorded (docs/domain.md §7.2).
/// </summary>
public sealed class EvaluatePlatform(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PlatformDto> HandleAsync(Caller caller, Guid id, PlatformEvaluationRequest request, CancellationToken ct = default)
    {
        var platform = await PlatformAccess.LoadAsync(db, caller, id, ct);
        PlatformAccess.RequireWrite(caller, RegionCode.Parse(platform.RegionCode));
        var today = clock.TodayInChina();
        var validation = new Validation();
        PlatformRules.Evaluation(platform, request, today, validation);
        validation.ThrowIfAny();
        if (platform.Evaluations.FirstOrDefault(e => e.Year == request.Year) is { } existing)
        {
            throw new ConflictException($"{existing.Year}年度已评价为“{existing.Grade}”，不能重复评价");
        }

        var now = clock.GetUtcNow();
        var evaluation = new PlatformEvaluation
        {
            PlatformId = platform.Id, Year = request.Year!.Value, Grade = request.Grade!.Trim(), Staff = request.Staff,
            RdSpending = request.RdSpending, CreatedAt = now,
        };
        db.PlatformEvaluations.Add(evaluation);   // fix-up puts it in platform.Evaluations too
        var failed = platform.Evaluations.Where(e => e.Grade == PlatformKinds.Fail).OrderBy(e => e.Year).ToList();
        if (failed.Count >= 2 && platform.WithdrawnOn is null)
        {
            platform.WithdrawnOn = today;
            platform.WithdrawnReason = $"年度绩效评价两次不合格（{string.Join("、", failed.Select(e => e.Year + "年"))}）";
        }
        platform.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, platform.RegionCode);
        return PlatformDto.From(platform, regions(platform.RegionCode)?.Name);
    }
}
