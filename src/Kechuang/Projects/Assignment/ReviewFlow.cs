using Google.OrTools.Graph;

namespace Kechuang.Projects.Assignment;

/// <summary>
/// The review graph and its min-cost maximum flow, solved by OR-Tools (ADR 0017):
///
///   source → application a          capacity k, cost 0
///   a → (a, organisation o)          capacity 1, cost 0     — the spread rule: one expert of o at most on a
///   (a, o) → expert e of o           capacity 1, cost −affinity(e, a), only for eligible pairs
///   expert e → sink                  capacity L, cost 0
///
/// Every integral flow is an assignment that keeps the rules and back, so the min-cost flow of value n·k is the
/// optimum (flow problems have integral optima, no rounding). Where o has a single eligible expert for a, the
/// middle node adds nothing (its capacity equals the pair's) and a → e is drawn directly: in real pools most
/// (a, o) groups are singletons, so the graph stays near the size of the candidate list. Maximum flow first: a
/// flow below n·k names the applications the loads leave short.
/// </summary>
internal sealed class ReviewFlow
{
    /// <summary>Every arc as (tail, head, flow), the sink merged into the source (node 0) so the flow is a circulation.</summary>
    public required int[] Tail { get; init; }
    public required int[] Head { get; init; }
    public required long[] Flow { get; init; }
    /// <summary>Per application, the arc from the source; per eligible pair (as in <see cref="Eligibility"/>), its arc.</summary>
    public required int[] ApplicationArc { get; init; }
    public required int[] PairArc { get; init; }
    public required long Cost { get; init; }

    /// <summary>
    /// Solves with every capacity multiplied by <paramref name="scale"/> and pair arcs capped at
    /// <paramref name="pairCapacity"/> units: scale 1 and capacity 1 is the assignment itself; scale S and capacity
    /// Q·S is the fractional relaxation with x ≤ Q in units of 1/S, exact because a flow problem with integral
    /// capacities has an integral optimum (ADR 0017).
    /// </summary>
    public static ReviewFlow Solve(Eligibility g, int scale, int pairCapacity)
    {
        var problem = g.Problem;
        var n = g.Applications;
        var experts = problem.Experts.Count;
        long k = problem.PerApplication;

        // Node numbers: 0 source, 1..n applications, then experts, then sink, then the (a, o) nodes as they come.
        var expertNode = 1 + n;
        var sink = expertNode + experts;
        var nextNode = sink + 1;
        using var flow = new MinCostFlow();
        var applicationArc = new int[n];
        var pairArc = new int[g.Expert.Length];
        for (var a = 0; a < n; a++)
        {
            applicationArc[a] = flow.AddArcWithCapacityAndUnitCost(0, 1 + a, k * scale, 0);
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
                var from = 1 + a;
                // Not merely when the pairs' capacities fit under the node's: the randomised mode rounds arc by arc,
                // and two arcs of one organisation could both round up.
                if (q - p > 1)
                {
                    from = nextNode++;
                    flow.AddArcWithCapacityAndUnitCost(1 + a, from, scale, 0);
                }
                for (var r = p; r < q; r++)
                {
                    pairArc[r] = flow.AddArcWithCapacityAndUnitCost(from, expertNode + g.Expert[r], pairCapacity, -g.Affinity[r]);
                }
                p = q;
            }
        }
        for (var e = 0; e < experts; e++)
        {
            flow.AddArcWithCapacityAndUnitCost(expertNode + e, sink, (long)problem.MaxPerExpert * scale, 0);
        }
        flow.SetNodeSupply(0, n * k * scale);
        flow.SetNodeSupply(sink, -n * k * scale);

        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools 最小费用流求解失败：{status}");
        }
        var arcs = flow.NumArcs();
        var tail = new int[arcs];
        var head = new int[arcs];
        var flows = new long[arcs];
        for (var arc = 0; arc < arcs; arc++)
        {
            tail[arc] = flow.Tail(arc);
            var to = flow.Head(arc);
            head[arc] = to == sink ? 0 : to;
            flows[arc] = flow.Flow(arc);
        }
        return new ReviewFlow { Tail = tail, Head = head, Flow = flows, ApplicationArc = applicationArc, PairArc = pairArc, Cost = flow.OptimalCost() };
    }

    /// <summary>The applications the flow leaves short of k (in units of <paramref name="scale"/>).</summary>
    public List<UnfillableApplication> Short(Eligibility g, int scale)
    {
        var result = new List<UnfillableApplication>();
        for (var a = 0; a < g.Applications; a++)
        {
            var got = Flow[ApplicationArc[a]];
            if (got < (long)g.Problem.PerApplication * scale)
            {
                result.Add(g.LoadShort(a, (int)(got / scale)));
            }
        }
        return result;
    }

    /// <summary>The pairs whose arcs carry a whole unit of <paramref name="scale"/>, in application order.</summary>
    public List<AssignedPair> Pairs(Eligibility g, int scale)
    {
        var pairs = new List<AssignedPair>(g.Applications * g.Problem.PerApplication);
        for (var a = 0; a < g.Applications; a++)
        {
            for (var p = g.Start[a]; p < g.Start[a + 1]; p++)
            {
                if (Flow[PairArc[p]] == scale)
                {
                    pairs.Add(new AssignedPair(g.Problem.Applications[a].Id, g.Problem.Experts[g.Expert[p]].Id, g.Affinity[p]));
                }
            }
        }
        return pairs;
    }
}
