using Kechuang.Projects.Assignment;

namespace Kechuang.Tests.Projects;

/// <summary>Random calls to assign, and an independent check of every rule (docs/domain.md § 科技计划项目 — 评审专家分配).</summary>
internal static class AssignmentCases
{
    /// <summary>A call with organisations shared by experts and applicants, partners, conflicts and sparse candidates.</summary>
    public static AssignmentProblem Random(int seed, int applications, int experts, int organisations, double density, int k, int l)
    {
        var random = new Random(seed);
        string Organisation() => $"单位{random.Next(organisations)}";
        var expertList = Enumerable.Range(0, experts).Select(e => new ReviewExpert($"E{e}", Organisation())).ToList();
        var applicationList = Enumerable.Range(0, applications)
            .Select(a => new ReviewApplication($"A{a}", Organisation(), random.Next(3) == 0 ? [Organisation()] : [])).ToList();
        var candidates = new List<CandidatePair>();
        var conflicts = new List<ReviewConflict>();
        foreach (var application in applicationList)
        {
            foreach (var expert in expertList)
            {
                if (random.NextDouble() < density)
                {
                    candidates.Add(new CandidatePair(expert.Id, application.Id, random.Next(0, 10)));
                    if (random.Next(8) == 0)
                    {
                        conflicts.Add(new ReviewConflict(expert.Id, application.Id, "近3年曾与申报单位合作"));
                    }
                }
            }
        }
        return new AssignmentProblem(expertList, applicationList, candidates, conflicts, k, l);
    }

    /// <summary>May this expert review this application? Written apart from the engine, from the rules alone.</summary>
    public static bool Allowed(AssignmentProblem problem, string expertId, string applicationId)
    {
        var expert = problem.Experts.Single(e => e.Id == expertId);
        var application = problem.Applications.Single(a => a.Id == applicationId);
        return problem.Candidates.Any(c => c.ExpertId == expertId && c.ApplicationId == applicationId)
            && expert.Organisation != application.Organisation
            && !application.Partners.Contains(expert.Organisation)
            && !problem.Conflicts.Any(c => c.ExpertId == expertId && c.ApplicationId == applicationId);
    }

    /// <summary>Fails naming the first broken rule.</summary>
    public static void AssertKeepsEveryRule(AssignmentProblem problem, IReadOnlyList<AssignedPair> pairs)
    {
        var organisation = problem.Experts.ToDictionary(e => e.Id, e => e.Organisation);
        var affinity = problem.Candidates.ToDictionary(c => (c.ExpertId, c.ApplicationId), c => c.Affinity);
        foreach (var application in problem.Applications)
        {
            var mine = pairs.Where(p => p.ApplicationId == application.Id).ToList();
            Assert.Equal(problem.PerApplication, mine.Count);
            Assert.Equal(mine.Count, mine.Select(p => p.ExpertId).Distinct().Count());
            Assert.Equal(mine.Count, mine.Select(p => organisation[p.ExpertId]).Distinct().Count());
            foreach (var pair in mine)
            {
                Assert.True(Allowed(problem, pair.ExpertId, pair.ApplicationId), $"{pair.ExpertId} 不应评审 {pair.ApplicationId}");
                Assert.Equal(affinity[(pair.ExpertId, pair.ApplicationId)], pair.Affinity);
            }
        }
        Assert.Equal(problem.Applications.Count * problem.PerApplication, pairs.Count);
        Assert.All(pairs.GroupBy(p => p.ExpertId), g => Assert.True(g.Count() <= problem.MaxPerExpert, $"{g.Key} 评审 {g.Count()} 项"));
    }

    /// <summary>The best total by trying every combination of k experts for every application; null when none keeps the rules.</summary>
    public static long? BruteForceBest(AssignmentProblem problem)
    {
        var organisation = problem.Experts.ToDictionary(e => e.Id, e => e.Organisation);
        var affinity = problem.Candidates.ToDictionary(c => (c.ExpertId, c.ApplicationId), c => c.Affinity);
        var options = problem.Applications.Select(a => Subsets(problem.Experts.Select(e => e.Id).Where(e => Allowed(problem, e, a.Id)).ToList(), problem.PerApplication)
            .Where(s => s.Select(e => organisation[e]).Distinct().Count() == s.Count)
            .Select(s => (Experts: s, Total: s.Sum(e => (long)affinity[(e, a.Id)]))).ToList()).ToList();
        long? best = null;
        var load = new Dictionary<string, int>();
        void Search(int a, long total)
        {
            if (a == options.Count)
            {
                best = best is null || total > best ? total : best;
                return;
            }
            foreach (var option in options[a])
            {
                if (option.Experts.All(e => load.GetValueOrDefault(e) < problem.MaxPerExpert))
                {
                    option.Experts.ForEach(e => load[e] = load.GetValueOrDefault(e) + 1);
                    Search(a + 1, total + option.Total);
                    option.Experts.ForEach(e => load[e]--);
                }
            }
        }
        Search(0, 0);
        return best;
    }

    private static IEnumerable<List<string>> Subsets(List<string> items, int size, int from = 0)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }
        for (var i = from; i <= items.Count - size; i++)
        {
            foreach (var rest in Subsets(items, size - 1, i + 1))
            {
                rest.Insert(0, items[i]);
                yield return rest;
            }
        }
    }
}
