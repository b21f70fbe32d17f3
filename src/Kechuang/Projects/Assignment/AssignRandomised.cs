using System.Diagnostics;
using System.Security.Cryptography;

namespace Kechuang.Projects.Assignment;

/// <summary>
/// The randomised optimal mode: no expert–application pair is drawn with probability above <c>maxProbability</c>
/// (Q), so nobody can lobby for one expert, and among such lotteries the one with the highest expected affinity.
/// Method (ADR 0017; Jecmen et al., “Mitigating manipulation in peer review via randomized reviewer assignments”,
/// NeurIPS 2020):
/// 1. the fractional relaxation, x(e, a) ≤ Q, as the same min-cost flow with every capacity scaled by S = 100 and
///    pair arcs capped at ⌊Q·S⌋ units — exact, flow problems with integral capacities have integral optima;
/// 2. dependent rounding on that flow: with the sink merged into the source, the arcs whose flow is not a whole
///    multiple of S form a graph where every node has two or more of them, so it holds a cycle; push flow around
///    the cycle by +α or −β (each until some arc becomes whole) with probabilities β/(α+β) and α/(α+β), which
///    keeps every arc's expected flow, conservation, and each arc between the multiples of S around its start.
///    Each step makes an arc whole; at the end every pair is 0 or 1 with probability x(e, a), an application
///    keeps exactly k (its source arc never moves), an (a, o) node at most 1 and an expert at most ⌈load⌉ ≤ L.
/// </summary>
public static class AssignRandomised
{
    public const string Mode = "randomised";
    internal const int Scale = 100;

    public static AssignmentResult Handle(AssignmentProblem problem, double maxProbability, long? seed = null)
    {
        if (maxProbability is <= 0 or > 1 || double.IsNaN(maxProbability))
        {
            throw new AssignmentInputException($"单对专家与申报书的最大抽中概率应在 0 到 1 之间，现为 {maxProbability}");
        }
        var used = seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        var eligibility = Eligibility.Build(problem);
        if (eligibility.AloneUnfillable() is { Count: > 0 } alone)
        {
            return AssignmentEngine.Refuse(Mode, eligibility, alone, Eligibility.AloneRemedies, used, TimeSpan.Zero);
        }
        var clock = Stopwatch.StartNew();
        var capacity = (int)Math.Floor(maxProbability * Scale + 1e-9);
        var solved = ReviewFlow.Solve(eligibility, Scale, capacity);
        if (solved.Short(eligibility, Scale).Count > 0)
        {
            return AssignmentEngine.Refuse(Mode, eligibility, Short(eligibility, solved, capacity), ["放宽概率上限", .. Eligibility.LoadRemedies], used, clock.Elapsed);
        }
        Round(solved, new SeededRandom(used));
        clock.Stop();
        return new AssignmentResult(Mode, solved.Pairs(eligibility, Scale), [], [], [], eligibility.Exclusions, used, AssignmentEngine.Version, clock.Elapsed);
    }

    /// <summary>Applications the capped fractional flow cannot fill: with every pair at most Q, k needs ⌈k/Q⌉ experts sharing it.</summary>
    private static List<UnfillableApplication> Short(Eligibility g, ReviewFlow flow, int capacity)
    {
        var k = g.Problem.PerApplication;
        var q = capacity / (double)Scale;
        var needed = (int)Math.Ceiling(k / q - 1e-9);
        var result = new List<UnfillableApplication>();
        for (var a = 0; a < g.Applications; a++)
        {
            var got = flow.Flow[flow.ApplicationArc[a]] / (double)Scale;
            if (got < k)
            {
                var id = g.Problem.Applications[a].Id;
                result.Add(new UnfillableApplication(id, g.Start[a + 1] - g.Start[a], g.DistinctOrganisations[a],
                    $"申报书 {id}：每对专家与申报书的抽中概率不超过 {q:0.##} 时，在回避规则和每位专家至多 {g.Problem.MaxPerExpert} 项的限制下，期望只能配到 {got:0.##} 人，少于 {k} 人（每项至少要有 {needed} 位分属不同单位的候选专家分担；现有 {g.DistinctOrganisations[a]} 个单位的候选专家）"));
            }
        }
        return result;
    }

    /// <summary>The expected total affinity of the lottery: the fractional optimum, −cost / S.</summary>
    internal static double ExpectedAffinity(ReviewFlow flow) => -flow.Cost / (double)Scale;

    /// <summary>Step 2: rounds every arc's flow to a multiple of <see cref="Scale"/>, in place, keeping expectations.</summary>
    internal static void Round(ReviewFlow flow, SeededRandom random)
    {
        var f = flow.Flow;
        if (f.Length == 0)
        {
            return;
        }
        bool Fractional(int arc) => f[arc] % Scale != 0;
        var nodes = Math.Max(flow.Tail.Max(), flow.Head.Max()) + 1;
        // Incident fractional arcs per node (compressed lists; arcs turned whole are skipped lazily).
        var degree = new int[nodes + 1];
        for (var arc = 0; arc < f.Length; arc++)
        {
            if (Fractional(arc))
            {
                degree[flow.Tail[arc] + 1]++;
                degree[flow.Head[arc] + 1]++;
            }
        }
        for (var v = 0; v < nodes; v++)
        {
            degree[v + 1] += degree[v];
        }
        var incident = new int[degree[nodes]];
        var cursor = (int[])degree.Clone();
        for (var arc = 0; arc < f.Length; arc++)
        {
            if (Fractional(arc))
            {
                incident[cursor[flow.Tail[arc]]++] = arc;
                incident[cursor[flow.Head[arc]]++] = arc;
            }
        }
        var scan = degree[..nodes];   // the next incident entry to look at, per node
        var position = new int[nodes];  // where a node sits on the current walk, or −1
        Array.Fill(position, -1);
        var walkNodes = new List<int>();
        var walkArcs = new List<int>();

        int NextArc(int v, int cameBy)
        {
            for (var i = scan[v]; i < degree[v + 1]; i++)
            {
                var arc = incident[i];
                if (!Fractional(arc))
                {
                    if (i == scan[v])
                    {
                        scan[v]++;
                    }
                    continue;
                }
                if (arc != cameBy)
                {
                    return arc;
                }
            }
            return -1;
        }

        for (var arc0 = 0; arc0 < f.Length; arc0++)
        {
            while (Fractional(arc0))
            {
                // Walk along fractional arcs, never straight back, until the walk meets itself: that closes a cycle.
                // Every node reached by a fractional arc has another one, so the walk cannot get stuck.
                var v = flow.Tail[arc0];
                walkNodes.Add(v);
                position[v] = 0;
                var cameBy = -1;   // −1: the first step, along arc0; −2: back at the start, any fractional arc
                var shifted = false;
                while (true)
                {
                    var arc = cameBy == -1 ? arc0 : NextArc(v, cameBy);
                    if (arc < 0)
                    {
                        break;
                    }
                    var w = flow.Tail[arc] == v ? flow.Head[arc] : flow.Tail[arc];
                    walkArcs.Add(arc);
                    if (position[w] < 0)
                    {
                        position[w] = walkNodes.Count;
                        walkNodes.Add(w);
                        (v, cameBy) = (w, arc);
                        continue;
                    }
                    // The cycle is walkNodes[from..] and back to w. The arcs before it are untouched, so still
                    // fractional: keep that part of the walk and go on from w.
                    var from = position[w];
                    Shift(flow, walkNodes, walkArcs, from, random);
                    shifted = true;
                    for (var i = from + 1; i < walkNodes.Count; i++)
                    {
                        position[walkNodes[i]] = -1;
                    }
                    walkNodes.RemoveRange(from + 1, walkNodes.Count - from - 1);
                    walkArcs.RemoveRange(from, walkArcs.Count - from);
                    v = w;
                    cameBy = from > 0 ? walkArcs[from - 1] : -2;
                }
                foreach (var node in walkNodes)
                {
                    position[node] = -1;
                }
                walkNodes.Clear();
                walkArcs.Clear();
                if (!shifted)
                {
                    // Cannot happen with a conserved flow; refuse rather than loop.
                    throw new InvalidOperationException("随机化分配：流量不守恒，无法取整");
                }
            }
        }
    }

    /// <summary>Pushes ±δ around the cycle walkNodes[from..] → walkNodes[from], choosing the sign so expectations stay.</summary>
    private static void Shift(ReviewFlow flow, List<int> walkNodes, List<int> walkArcs, int from, SeededRandom random)
    {
        long up = long.MaxValue, down = long.MaxValue;
        for (var i = from; i < walkArcs.Count; i++)
        {
            var arc = walkArcs[i];
            var forward = flow.Tail[arc] == walkNodes[i];
            var above = Scale - flow.Flow[arc] % Scale;   // room to the next multiple
            var below = flow.Flow[arc] % Scale;           // room to the one under
            up = Math.Min(up, forward ? above : below);
            down = Math.Min(down, forward ? below : above);
        }
        var delta = random.Next((int)(up + down)) < down ? up : -down;
        for (var i = from; i < walkArcs.Count; i++)
        {
            var arc = walkArcs[i];
            flow.Flow[arc] += flow.Tail[arc] == walkNodes[i] ? delta : -delta;
        }
    }
}
