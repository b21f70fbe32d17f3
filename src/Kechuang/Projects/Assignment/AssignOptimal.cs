using System.Diagnostics;

namespace Kechuang.Projects.Assignment;

/// <summary>
/// The optimal mode: the assignment with the largest total affinity under every rule, the min-cost maximum flow of
/// <see cref="ReviewFlow"/> with unit capacities (ADR 0017). Maximum flow first: a flow below n·k names the
/// applications the experts' loads leave short, and nothing is assigned.
/// </summary>
public static class AssignOptimal
{
    public const string Mode = "optimal";

    public static AssignmentResult Handle(AssignmentProblem problem)
    {
        var eligibility = Eligibility.Build(problem);
        if (eligibility.AloneUnfillable() is { Count: > 0 } alone)
        {
            return AssignmentEngine.Refuse(Mode, eligibility, alone, Eligibility.AloneRemedies, null, TimeSpan.Zero);
        }
        var clock = Stopwatch.StartNew();
        var solved = ReviewFlow.Solve(eligibility, 1, 1);
        clock.Stop();
        if (solved.Short(eligibility, 1) is { Count: > 0 } shortOnes)
        {
            return AssignmentEngine.Refuse(Mode, eligibility, shortOnes, Eligibility.LoadRemedies, null, clock.Elapsed);
        }
        return new AssignmentResult(Mode, solved.Pairs(eligibility, 1), [], [], [], eligibility.Exclusions, null, AssignmentEngine.Version, clock.Elapsed);
    }
}
