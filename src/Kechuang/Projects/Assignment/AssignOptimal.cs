using System.Diagnostics;
using Google.OrTools.Graph;

namespace Kechuang.Projects.Assignment;

/// <summary>
/// The optimal mode: the assignment with the largest total affinity under every rule, as a min-cost maximum flow
/// solved by OR-Tools (ADR 0017). The graph:
///
///   source → application a          capacity k, cost 0
///   a → (a, organisation o)          capacity 1, cost 0     — the spread rule: one expert of o at most on a
///   (a, o) → expert e of o           capacity 1, cost −affinity(e, a), only for eligible pairs
///   expert e → sink                  capacity L, cost 0
///
/// Every integral flow is an assignment that keeps the rules and back, so the min-cost flow of value n·k is the
/// optimum (flow problems have integral optima, no rounding). Where o has a single eligible expert for a, the
/// middle node adds nothing (its capacity 1 equals the pair's) and a → e is drawn directly: in real pools most
/// (a, o) groups are singletons, so this keeps the graph near the size of the candidate list.
/// Maximum flow first: a flow below n·k names the applications the experts' loads leave short.
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
        var solved = Solve(eligibility, _ => true);
        clock.Stop();
        if (solved.Short.Count > 0)
        {
            return AssignmentEngine.Refuse(Mode, eligibility, solved.Short, Eligibility.LoadRemedies, null, clock.Elapsed);
        }
        return new AssignmentResult(Mode, solved.Pairs, [], [], [], eligibility.Exclusions, null, AssignmentEngine.Version, clock.Elapsed);
    }

    internal sealed record Solution(List<AssignedPair> Pairs, List<UnfillableApplication> Short);

    /// <summary>The min-cost maximum flow over the eligible pairs that <paramref name="allowed"/> keeps (by pair index).</summary>
    internal static Solution Solve(Eligibility g, Func<int, bool> allowed)
    {
        var problem = g.Problem;
        var n = g.Applications;
        var experts = problem.Experts.Count;
        var k = problem.PerApplication;

        // Node numbers: 0 source, 1..n applications, then experts, then sink, then the (a, o) nodes as they come.
        var expertNode = 1 + n;
        var sink = expertNode + experts;
        var nextNode = sink + 1;
        var flow = new MinCostFlow();
        var applicationArc = new int[n];
        var pairArc = new int[g.Expert.Length];
        Array.Fill(pairArc, -1);
        for (var a = 0; a < n; a++)
        {
            applicationArc[a] = flow.AddArcWithCapacityAndUnitCost(0, 1 + a, k, 0);
            var end = g.Start[a + 1];
            for (var p = g.Start[a]; p < end;)
            {
                // The run [p, q) is organisation o's eligible experts for a.
                var organisation = g.ExpertOrganisation[g.Expert[p]];
                var q = p;
                while (q < end && g.ExpertOrganisation[g.Expert[q]] == organisation)
                {
                    q++;
                }
                var members = 0;
                for (var r = p; r < q; r++)
                {
                    members += allowed(r) ? 1 : 0;
                }
                var from = 1 + a;
                if (members > 1)
                {
                    from = nextNode++;
                    flow.AddArcWithCapacityAndUnitCost(1 + a, from, 1, 0);
                }
                for (var r = p; r < q; r++)
                {
                    if (allowed(r))
                    {
                        pairArc[r] = flow.AddArcWithCapacityAndUnitCost(from, expertNode + g.Expert[r], 1, -g.Affinity[r]);
                    }
                }
                p = q;
            }
        }
        for (var e = 0; e < experts; e++)
        {
            flow.AddArcWithCapacityAndUnitCost(expertNode + e, sink, problem.MaxPerExpert, 0);
        }
        flow.SetNodeSupply(0, (long)n * k);
        flow.SetNodeSupply(sink, -(long)n * k);

        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools 最小费用流求解失败：{status}");
        }
        var pairs = new List<AssignedPair>(n * k);
        var shortOnes = new List<UnfillableApplication>();
        for (var a = 0; a < n; a++)
        {
            var got = (int)flow.Flow(applicationArc[a]);
            if (got < k)
            {
                shortOnes.Add(g.LoadShort(a, got));
            }
            for (var p = g.Start[a]; p < g.Start[a + 1]; p++)
            {
                if (pairArc[p] >= 0 && flow.Flow(pairArc[p]) > 0)
                {
                    pairs.Add(new AssignedPair(problem.Applications[a].Id, problem.Experts[g.Expert[p]].Id, g.Affinity[p]));
                }
            }
        }
        return new Solution(pairs, shortOnes);
    }
}
