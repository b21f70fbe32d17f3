using System.Diagnostics;
using System.Security.Cryptography;

namespace Kechuang.Projects.Assignment;

/// <summary>How to draw: reserves (备选) per application, related experts (affinity &gt; 0) first, the seed.</summary>
public sealed record DrawOptions(int Reserves = 2, bool RelatedFirst = false, long? Seed = null);

/// <summary>
/// The random draw (随机抽取) as bureaus must do it: for each application, k experts uniformly among the eligible
/// ones who still have room under L, one per organisation; with <see cref="DrawOptions.RelatedFirst"/> the experts
/// with affinity &gt; 0 are drawn first and the others only to fill up. Reserves are drawn the same way from the
/// rest (not of an organisation already on the application) and do not count against L until they replace someone.
/// The applications are drawn scarcest first (fewest eligible organisations), ties in random order, so a
/// feasible call rarely gets stuck; when it does the draw restarts from the next seed of the same sequence, so it
/// still replays exactly from the recorded seed (ADR 0017).
/// </summary>
public static class DrawRandom
{
    public const string Mode = "random";
    private const int Attempts = 20;

    public static AssignmentResult Handle(AssignmentProblem problem, DrawOptions options)
    {
        if (options.Reserves < 0)
        {
            throw new AssignmentInputException($"备选专家人数不能为负：{options.Reserves}");
        }
        var seed = options.Seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        var eligibility = Eligibility.Build(problem);
        if (eligibility.AloneUnfillable() is { Count: > 0 } alone)
        {
            return AssignmentEngine.Refuse(Mode, eligibility, alone, Eligibility.AloneRemedies, seed, TimeSpan.Zero);
        }
        var clock = Stopwatch.StartNew();
        var random = new SeededRandom(seed);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (Draw(eligibility, options, random) is { } drawn)
            {
                return new AssignmentResult(Mode, drawn.Pairs, drawn.Reserves, [], [], eligibility.Exclusions, seed, AssignmentEngine.Version, clock.Elapsed);
            }
        }
        // Stuck every time: the flow says whether the loads make the call infeasible, and which applications.
        var flowShort = ReviewFlow.Solve(eligibility, 1, 1).Short(eligibility, 1);
        var shortOnes = flowShort.Count > 0 ? flowShort
            : [new UnfillableApplication("", 0, 0, $"随机抽取 {Attempts} 次均因专家评审上限未能配满全部申报书（最优分配可以配满）")];
        return AssignmentEngine.Refuse(Mode, eligibility, shortOnes,
            flowShort.Count > 0 ? Eligibility.LoadRemedies : ["改用最优分配模式", .. Eligibility.LoadRemedies], seed, clock.Elapsed);
    }

    private sealed record Drawn(List<AssignedPair> Pairs, List<AssignedPair> Reserves);

    private static Drawn? Draw(Eligibility g, DrawOptions options, SeededRandom random)
    {
        var problem = g.Problem;
        var k = problem.PerApplication;
        var load = new int[problem.Experts.Count];
        var tieBreak = new ulong[g.Applications];
        for (var a = 0; a < tieBreak.Length; a++)
        {
            tieBreak[a] = random.NextUInt64();
        }
        var order = Enumerable.Range(0, g.Applications).OrderBy(a => g.DistinctOrganisations[a]).ThenBy(a => tieBreak[a]).ToArray();
        // Kept per application so the result lists applications in input order, whatever order they were drawn in.
        var pairs = new List<AssignedPair>[g.Applications];
        var reserves = new List<AssignedPair>[g.Applications];
        var usedOrganisations = new HashSet<int>();
        var related = new List<int>();
        var others = new List<int>();
        foreach (var a in order)
        {
            related.Clear();
            others.Clear();
            for (var p = g.Start[a]; p < g.Start[a + 1]; p++)
            {
                (options.RelatedFirst && g.Affinity[p] == 0 ? others : related).Add(p);
            }
            usedOrganisations.Clear();
            var chosen = new List<int>(k);
            foreach (var pool in new[] { related, others })
            {
                // Fisher–Yates, stopping once k are taken: each remaining expert is equally likely at each step.
                for (var i = 0; i < pool.Count && chosen.Count < k; i++)
                {
                    var j = i + random.Next(pool.Count - i);
                    (pool[i], pool[j]) = (pool[j], pool[i]);
                    var p = pool[i];
                    if (load[g.Expert[p]] < problem.MaxPerExpert && usedOrganisations.Add(g.ExpertOrganisation[g.Expert[p]]))
                    {
                        chosen.Add(p);
                    }
                }
                if (chosen.Count == k)
                {
                    break;
                }
            }
            if (chosen.Count < k)
            {
                return null;
            }
            pairs[a] = new List<AssignedPair>(k);
            reserves[a] = new List<AssignedPair>(options.Reserves);
            foreach (var p in chosen)
            {
                load[g.Expert[p]]++;
                pairs[a].Add(new AssignedPair(problem.Applications[a].Id, problem.Experts[g.Expert[p]].Id, g.Affinity[p]));
            }
            DrawReserves(g, a, options, random, usedOrganisations, chosen, reserves[a]);
        }
        return new Drawn(pairs.SelectMany(p => p).ToList(), reserves.SelectMany(r => r).ToList());
    }

    private static void DrawReserves(Eligibility g, int a, DrawOptions options, SeededRandom random, HashSet<int> taken, List<int> chosen, List<AssignedPair> reserves)
    {
        if (options.Reserves == 0)
        {
            return;
        }
        var pools = new[] { new List<int>(), new List<int>() };
        for (var p = g.Start[a]; p < g.Start[a + 1]; p++)
        {
            if (!chosen.Contains(p) && !taken.Contains(g.ExpertOrganisation[g.Expert[p]]))
            {
                pools[options.RelatedFirst && g.Affinity[p] == 0 ? 1 : 0].Add(p);
            }
        }
        var drawn = 0;
        foreach (var pool in pools)
        {
            for (var i = 0; i < pool.Count && drawn < options.Reserves; i++, drawn++)
            {
                var j = i + random.Next(pool.Count - i);
                (pool[i], pool[j]) = (pool[j], pool[i]);
                var p = pool[i];
                reserves.Add(new AssignedPair(g.Problem.Applications[a].Id, g.Problem.Experts[g.Expert[p]].Id, g.Affinity[p]));
            }
        }
    }
}
