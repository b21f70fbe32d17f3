using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kechuang.Projects.Assignment;

namespace Kechuang.Bench;

/// <summary>
/// Review assignment at county-and-province scale (ADR 0017): calls generated with organisations, partners, fields and
/// conflicts, written as the CLI's CSV files and read back through its reader, then assigned. Printed per call: the time
/// to read the files beside the solver's time and the whole, the peak working set, total and lowest per-application
/// affinity. Baselines measured in the same run: reading alone, and a greedy assignment (best pairs first, skipping any
/// that would break a rule) — fast, but it may leave applications short and gives less affinity.
/// </summary>
internal static class AssignmentBench
{
    public static void Run()
    {
        var dir = Directory.CreateTempSubdirectory("kc-assign-bench-").FullName;
        try
        {
            var small = Call(dir, "2k", applications: 2_000, experts: 3_000, perApplication: 300, fields: 60, seed: 1);
            var problem = Measure("2,000 × 3,000, 600,000 pairs, k=3, L=5", small, 3, 5, withRandomised: true);
            DrawOneCall(problem);
            Tight(problem with { MaxPerExpert = 3 });
            Tight(problem with { MaxPerExpert = 2 });
            var large = Call(dir, "10k", applications: 10_000, experts: 8_000, perApplication: 100, fields: 200, seed: 2);
            var big = Measure("10,000 × 8,000, top 100 each (1,000,000 pairs), k=3, L=5", large, 3, 5, withRandomised: true);
            Decline(big);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed record Files(string Experts, string Applications, string Candidates, string Conflicts);

    /// <summary>
    /// Experts in fields and organisations (about 8 experts an organisation); each application has a field, an
    /// organisation that also employs experts, a partner in a third of cases, and its candidates: the closest experts
    /// by field (same field first, then neighbouring ones), affinity 0–100 from field distance plus wide noise. About 3% of
    /// pairs carry a declared conflict or a look-back exclusion.
    /// </summary>
    private static Files Call(string dir, string name, int applications, int experts, int perApplication, int fields, int seed)
    {
        var random = new Random(seed);
        var organisations = experts / 8;
        var expertField = new int[experts];
        var expertOrganisation = new int[experts];
        var byField = Enumerable.Range(0, fields).Select(_ => new List<int>()).ToArray();
        for (var e = 0; e < experts; e++)
        {
            expertField[e] = random.Next(fields);
            expertOrganisation[e] = random.Next(organisations);
            byField[expertField[e]].Add(e);
        }
        var files = new Files(Path.Combine(dir, $"{name}-experts.csv"), Path.Combine(dir, $"{name}-applications.csv"),
            Path.Combine(dir, $"{name}-candidates.csv"), Path.Combine(dir, $"{name}-conflicts.csv"));
        using (var writer = Writer(files.Experts))
        {
            writer.Write("expert_id,organisation\n");
            for (var e = 0; e < experts; e++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"E{e},单位{expertOrganisation[e]}\n"));
            }
        }
        using var applicationWriter = Writer(files.Applications);
        using var candidateWriter = Writer(files.Candidates);
        using var conflictWriter = Writer(files.Conflicts);
        applicationWriter.Write("application_id,organisation,partners\n");
        candidateWriter.Write("expert_id,application_id,affinity\n");
        conflictWriter.Write("expert_id,application_id,reason\n");
        var chosen = new HashSet<int>();
        for (var a = 0; a < applications; a++)
        {
            var field = random.Next(fields);
            var partner = random.Next(3) == 0 ? $"单位{random.Next(organisations)}" : "";
            applicationWriter.Write(string.Create(CultureInfo.InvariantCulture, $"A{a},单位{random.Next(organisations)},{partner}\n"));
            chosen.Clear();
            for (var distance = 0; chosen.Count < perApplication; distance++)
            {
                foreach (var f in distance == 0 ? [field] : new[] { (field + distance) % fields, (field - distance + fields) % fields })
                {
                    foreach (var e in byField[f])
                    {
                        if (chosen.Count < perApplication && chosen.Add(e))
                        {
                            var affinity = Math.Clamp(70 - distance * 10 + random.Next(-30, 31), 0, 100);
                            candidateWriter.Write(string.Create(CultureInfo.InvariantCulture, $"E{e},A{a},{affinity}\n"));
                            if (random.Next(33) == 0)
                            {
                                conflictWriter.Write(string.Create(CultureInfo.InvariantCulture, $"E{e},A{a},近3年曾与申报单位合作\n"));
                            }
                        }
                    }
                }
            }
        }
        return files;
    }

    private static StreamWriter Writer(string path) => new(path, false, new UTF8Encoding(false), 1 << 16);

    private static AssignmentProblem Measure(string title, Files files, int k, int l, bool withRandomised)
    {
        Console.WriteLine($"== {title}");
        var size = new[] { files.Experts, files.Applications, files.Candidates, files.Conflicts }.Sum(f => new FileInfo(f).Length);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var lines = new[] { files.Experts, files.Applications, files.Candidates, files.Conflicts }.Sum(f => File.ReadLines(f).LongCount());
        var rawLines = clock.Elapsed;
        clock.Restart();
        var problem = ReadAssignmentFiles.Handle(files.Experts, files.Applications, files.Candidates, files.Conflicts, k, l);
        var read = clock.Elapsed;
        var result = AssignOptimal.Handle(problem);
        var total = clock.Elapsed;
        Console.WriteLine($"   files {size / 1024.0 / 1024:0.0} MB: {problem.Candidates.Count:N0} candidate pairs, {problem.Conflicts.Count:N0} conflicts, {result.Exclusions.Count:N0} pairs excluded");
        Console.WriteLine($"   baseline, the {lines:N0} lines read as text and nothing else: {rawLines.TotalSeconds:0.00} s");
        Console.WriteLine($"   read and check the CSV files (the CLI's reader): {read.TotalSeconds:0.00} s");
        Console.WriteLine($"   optimal: solver (OR-Tools min-cost flow) {result.SolverTime.TotalSeconds:0.00} s; rules and graph {(total - read - result.SolverTime).TotalSeconds:0.00} s; end to end {total.TotalSeconds:0.00} s");
        if (!result.IsComplete)
        {
            Console.WriteLine($"   INFEASIBLE: {result.Unfillable.Count} applications — {result.Unfillable[0].Reason}");
            return problem;
        }
        Console.WriteLine($"   optimal: total affinity {result.TotalAffinity:N0}, lowest per application {result.LowestApplicationAffinity}, mean per application {result.TotalAffinity / (double)problem.Applications.Count:0.0}");
        Console.WriteLine($"   peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:0} MB");

        clock.Restart();
        var greedy = Greedy(problem);
        var greedyTime = clock.Elapsed;
        var filled = greedy.GroupBy(p => p.ApplicationId).Where(g => g.Count() == k).ToList();
        Console.WriteLine($"   baseline, greedy (best pairs first): {greedyTime.TotalSeconds:0.00} s, total {greedy.Sum(p => (long)p.Affinity):N0} ({greedy.Sum(p => (long)p.Affinity) / (double)result.TotalAffinity:P1} of optimal), "
            + $"{problem.Applications.Count - filled.Count} applications left short, lowest among the filled {(filled.Count == 0 ? 0 : filled.Min(g => g.Sum(p => p.Affinity)))}");

        if (withRandomised)
        {
            clock.Restart();
            var randomised = AssignRandomised.Handle(problem, 0.5, 20261205);
            var time = clock.Elapsed;
            Console.WriteLine(randomised.IsComplete
                ? $"   randomised optimal (Q=0.5): {time.TotalSeconds:0.00} s end to end after reading (solver and rounding {randomised.SolverTime.TotalSeconds:0.00} s); total {randomised.TotalAffinity:N0} = {randomised.TotalAffinity / (double)result.TotalAffinity:P1} of optimal, lowest per application {randomised.LowestApplicationAffinity}"
                : $"   randomised optimal (Q=0.5): infeasible — {randomised.Unfillable[0].Reason}");
            Console.WriteLine($"   peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:0} MB");
        }
        return problem;
    }

    /// <summary>One call of 200 applications drawn at random (随机抽取) with 2 reserves each, rules included.</summary>
    private static void DrawOneCall(AssignmentProblem problem)
    {
        var ids = problem.Applications.Take(200).Select(a => a.Id).ToHashSet();
        var call = problem with
        {
            Applications = problem.Applications.Where(a => ids.Contains(a.Id)).ToList(),
            Candidates = problem.Candidates.Where(c => ids.Contains(c.ApplicationId)).ToList(),
            Conflicts = problem.Conflicts.Where(c => ids.Contains(c.ApplicationId)).ToList(),
        };
        var clock = Stopwatch.StartNew();
        var drawn = DrawRandom.Handle(call, new DrawOptions(Reserves: 2, Seed: 7));
        var time = clock.Elapsed;
        var optimal = AssignOptimal.Handle(call);
        Console.WriteLine($"== random draw of one call: 200 applications over {call.Candidates.Count:N0} pairs and 3,000 experts, k=3, L=5, 2 reserves");
        Console.WriteLine($"   {time.TotalMilliseconds:0} ms; {(drawn.IsComplete ? "complete" : "INFEASIBLE")}; total {drawn.TotalAffinity:N0} ({drawn.TotalAffinity / (double)optimal.TotalAffinity:P1} of the optimal mode's {optimal.TotalAffinity:N0}, solved in {optimal.SolverTime.TotalMilliseconds:0} ms), lowest per application {drawn.LowestApplicationAffinity}");
    }

    /// <summary>The same call with tighter loads, where best-first greedy starts to leave applications short.</summary>
    private static void Tight(AssignmentProblem problem)
    {
        var clock = Stopwatch.StartNew();
        var result = AssignOptimal.Handle(problem);
        var time = clock.Elapsed;
        var greedy = Greedy(problem);
        var shortOnes = problem.Applications.Count - greedy.GroupBy(p => p.ApplicationId).Count(g => g.Count() == problem.PerApplication);
        Console.WriteLine($"== the 2,000 × 3,000 call with L={problem.MaxPerExpert}: optimal {time.TotalSeconds:0.00} s, "
            + (result.IsComplete ? $"complete, total {result.TotalAffinity:N0}, lowest {result.LowestApplicationAffinity}" : $"infeasible, {result.Unfillable.Count} applications named")
            + $"; greedy leaves {shortOnes} applications short (total {greedy.Sum(p => (long)p.Affinity):N0})");
    }

    /// <summary>One expert declines on the large call: the time to find the replacement.</summary>
    private static void Decline(AssignmentProblem problem)
    {
        var current = AssignOptimal.Handle(problem).Pairs;
        var declined = current[current.Count / 2];
        var clock = Stopwatch.StartNew();
        var replaced = ReplaceDeclined.Handle(problem, current, declined.ApplicationId, declined.ExpertId);
        Console.WriteLine($"== a decline on the 10,000-application call replaced in {clock.Elapsed.TotalMilliseconds:0} ms ({(replaced.NewPair is null ? replaced.Problem : $"{declined.ExpertId} → {replaced.NewPair.ExpertId}")})");
    }

    private static List<AssignedPair> Greedy(AssignmentProblem problem)
    {
        var organisation = problem.Experts.ToDictionary(e => e.Id, e => e.Organisation);
        var applications = problem.Applications.ToDictionary(a => a.Id);
        var conflicts = problem.Conflicts.Select(c => (c.ExpertId, c.ApplicationId)).ToHashSet();
        var load = new Dictionary<string, int>();
        var taken = new Dictionary<string, HashSet<string>>();
        var result = new List<AssignedPair>();
        foreach (var c in problem.Candidates.OrderByDescending(c => c.Affinity))
        {
            var application = applications[c.ApplicationId];
            var org = organisation[c.ExpertId];
            var orgs = taken.TryGetValue(c.ApplicationId, out var set) ? set : taken[c.ApplicationId] = [];
            if (orgs.Count < problem.PerApplication && load.GetValueOrDefault(c.ExpertId) < problem.MaxPerExpert && org != application.Organisation
                && !application.Partners.Contains(org) && !conflicts.Contains((c.ExpertId, c.ApplicationId)) && orgs.Add(org))
            {
                load[c.ExpertId] = load.GetValueOrDefault(c.ExpertId) + 1;
                result.Add(new AssignedPair(c.ApplicationId, c.ExpertId, c.Affinity));
            }
        }
        return result;
    }
}
