using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Projects.Assignment;
using Kechuang.Projects.Reviews;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// POST …/{id}/acceptance/draw: the acceptance group (验收专家组, docs/domain.md §6.6) drawn the way reviewers are —
/// the same pool, conflicts and engine (§6.5, ADR 0017), random with a recorded seed or optimal by field — for one
/// project, with 3 to 9 experts (3 by default; an odd number so the group can vote).
/// </summary>
public sealed class DrawAcceptanceGroup(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExecutionDto> HandleAsync(Caller caller, Guid id, AcceptanceDrawRequest request, CancellationToken ct = default)
    {
        var (project, call) = await ExecutionAccess.ForBureauAsync(db, caller, id, ct);
        ExecutionAccess.RequireStatus(project, "抽取验收专家（须承担单位已申请验收）", ApplicationStatus.AcceptancePending);
        var acceptance = await db.ProjectAcceptances.Include(a => a.Experts).FirstAsync(a => a.ApplicationId == id, ct);
        if (acceptance.Experts.Count > 0)
        {
            throw new ConflictException("已抽取验收专家组");
        }
        var mode = request.Mode?.Trim() ?? ReviewMode.Random;
        var size = request.Experts ?? 3;
        var validation = new Validation();
        validation.Require(mode is ReviewMode.Random or ReviewMode.Optimal, "mode", "抽取方式应为 random（随机抽取）或 optimal（最优匹配）");
        validation.Require(size is >= 3 and <= 9 && size % 2 == 1, "experts", "验收专家组应为 3 到 9 人的单数");
        validation.ThrowIfAny();

        var review = await ReviewProblem.LoadAsync(db, call, [id], ct);
        var problem = review.Problem with { PerApplication = size, MaxPerExpert = 1 };
        var result = mode == ReviewMode.Optimal
            ? AssignOptimal.Handle(problem)
            : DrawRandom.Handle(problem, new DrawOptions(Reserves: 0, Seed: request.Seed));
        if (!result.IsComplete)
        {
            throw new ConflictException("未能抽取验收专家组：" + review.Words(result.Explain()));
        }
        var order = 0;
        foreach (var pair in result.Pairs)
        {
            var expert = review.Experts[pair.ExpertId];
            // Added through the context: a new row with its key already set, reached only by the navigation, would be taken for an update.
            db.Add(new AcceptanceExpert
            {
                ApplicationId = id,
                ExpertId = expert.Id,
                Name = expert.Name,
                Organisation = expert.Organisation,
                Affinity = pair.Affinity,
                SortOrder = order++,
            });
        }
        acceptance.Mode = mode;
        acceptance.Seed = result.Seed;
        acceptance.EngineVersion = result.EngineVersion;
        acceptance.DrawnBy = caller.UserName;
        acceptance.DrawnAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetExecution.LoadAsync(db, project, clock.TodayInChina(), ct);
    }
}
