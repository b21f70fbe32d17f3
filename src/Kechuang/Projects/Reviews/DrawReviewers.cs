using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Projects.Assignment;
using Kechuang.Projects.Calls;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// Draws the experts for a closed call's applications that passed the formal check (docs/domain.md §6.5, ADR 0017):
/// random draw with reserves, optimal, or randomised optimal. All or nothing — an application that cannot get its k
/// experts refuses the whole draw with the reasons and remedies, and nothing is written. The seed and the engine's
/// version are stored with the draw (and so in the audit log) to replay it.
/// </summary>
public sealed class DrawReviewers(KechuangDbContext db, TimeProvider clock)
{
    public async Task<DrawDto> HandleAsync(Caller caller, Guid callId, DrawRequest request, CancellationToken ct = default)
    {
        var call = await ReviewAccess.CallAsync(db, caller, callId, write: true, ct);
        var mode = request.Mode?.Trim() ?? ReviewMode.Random;
        var validation = new Validation();
        if (mode is not (ReviewMode.Random or ReviewMode.Optimal or ReviewMode.Randomised))
        {
            validation.Add("mode", "抽取方式应为 random（随机抽取）、optimal（最优匹配）或 randomised（限概率最优）");
        }
        if (request.Reserves is < 0 or > 5)
        {
            validation.Add("reserves", "每项备选专家人数应在 0 到 5 之间");
        }
        if (mode == ReviewMode.Randomised && request.MaxProbability is not (> 0 and <= 1))
        {
            validation.Add("maxProbability", "限概率最优须给出单对专家与申报书的最大抽中概率（0 到 1 之间，如 0.5）");
        }
        validation.ThrowIfAny();

        var today = clock.TodayInChina();
        if (today <= call.ClosesOn)
        {
            throw new ConflictException($"指南{call.ClosesOn:yyyy-MM-dd}截止，截止后才能抽取评审专家");
        }
        if (await db.ReviewDraws.AnyAsync(d => d.CallId == call.Id, ct))
        {
            throw new ConflictException("该指南已抽取过评审专家；专家拒绝时会自动补抽，不必重新抽取");
        }
        var passed = await db.ProjectApplications.Where(a => a.CallId == call.Id && a.Status == ApplicationStatus.Passed).ToListAsync(ct);
        if (passed.Count == 0)
        {
            throw new ConflictException("该指南下还没有形式审查通过的申报书");
        }

        var review = await ReviewProblem.LoadAsync(db, call, [.. passed.Select(a => a.Id)], ct);
        AssignmentResult result;
        try
        {
            result = mode switch
            {
                ReviewMode.Optimal => AssignOptimal.Handle(review.Problem),
                ReviewMode.Randomised => AssignRandomised.Handle(review.Problem, request.MaxProbability!.Value, request.Seed),
                _ => DrawRandom.Handle(review.Problem, new DrawOptions(request.Reserves ?? 2, request.RelatedFirst ?? false, request.Seed)),
            };
        }
        catch (AssignmentInputException e)
        {
            throw new ConflictException(review.Words(e.Message));
        }
        if (!result.IsComplete)
        {
            throw new ConflictException("未能抽取，未作任何分配：" + review.Words(result.Explain()));
        }

        var draw = Record(db, call, review, result, mode, caller.UserName, clock.GetUtcNow(), passed);
        await db.SaveChangesAsync(ct);
        return ToDto(draw, result.Pairs.Count, result.Reserves.Count, result.LowestApplicationAffinity,
            [.. result.Exclusions.Select(e => $"{review.Words(e.ApplicationId)}：{review.Words(e.Explanation)}").Distinct().Take(200)]);
    }

    /// <summary>Writes a complete result: the draw with its seed, the reviewers and reserves, the applications in review.</summary>
    internal static ReviewDraw Record(KechuangDbContext db, ProjectCall call, ReviewProblem review, AssignmentResult result, string mode, string drawnBy,
        DateTimeOffset at, IEnumerable<ProjectApplication> passed)
    {
        var applications = passed.ToList();
        var draw = new ReviewDraw
        {
            CallId = call.Id,
            Mode = mode,
            Seed = result.Seed,
            EngineVersion = result.EngineVersion,
            PerApplication = call.ExpertsPerApplication,
            MaxPerExpert = call.MaxPerExpert,
            LookBackYears = call.LookBackYears,
            Applications = applications.Count,
            TotalAffinity = result.TotalAffinity,
            DrawnBy = drawnBy,
            DrawnAt = at,
        };
        db.ReviewDraws.Add(draw);
        foreach (var (pair, role) in result.Pairs.Select(p => (p, ReviewRole.Reviewer)).Concat(result.Reserves.Select(p => (p, ReviewRole.Reserve))))
        {
            db.ReviewAssignments.Add(ReviewAssignment.Of(draw, Guid.Parse(pair.ApplicationId), review.Experts[pair.ExpertId], pair.Affinity, role));
        }
        foreach (var application in applications)
        {
            application.Status = ApplicationStatus.InReview;
        }
        return draw;
    }

    public static DrawDto ToDto(ReviewDraw d, int assignments, int reserves, long lowest, IReadOnlyList<string> exclusions) => new(
        d.Id, d.CallId, d.Mode, ReviewMode.Chinese(d.Mode), d.Seed, d.EngineVersion, d.Applications, assignments, reserves, d.TotalAffinity,
        lowest, exclusions, d.DrawnBy, d.DrawnAt);
}
