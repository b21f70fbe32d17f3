using Kechuang.Projects.Assignment;

namespace Kechuang.Tests.Projects;

public class AssignRandomisedTests
{
    [Theory]
    [InlineData(51)]
    [InlineData(52)]
    [InlineData(53)]
    public void RandomCalls_NeverBreakARule(int seed)
    {
        var problem = AssignmentCases.Random(seed, applications: 50, experts: 90, organisations: 25, density: 0.4, k: 3, l: 5);

        var result = AssignRandomised.Handle(problem, 0.5, seed);

        Assert.True(result.IsComplete, result.Explain());
        AssignmentCases.AssertKeepsEveryRule(problem, result.Pairs);
        Assert.Equal(seed, result.Seed);
    }

    [Fact]
    public void NoPairIsDrawnMoreOftenThanTheCap_AndTheSeedReplays()
    {
        // A pool where a few experts are far better for everyone: the optimal mode would always pick them.
        var problem = AssignmentCases.Random(54, applications: 12, experts: 24, organisations: 12, density: 0.7, k: 2, l: 3);
        var best = problem.Candidates.Select(c => c with { Affinity = c.ExpertId is "E1" or "E2" or "E3" ? 50 : c.Affinity }).ToList();
        problem = problem with { Candidates = best };
        const int runs = 600;
        var counts = new Dictionary<(string, string), int>();

        for (var seed = 1; seed <= runs; seed++)
        {
            var result = AssignRandomised.Handle(problem, 0.4, seed);
            Assert.True(result.IsComplete, result.Explain());
            foreach (var pair in result.Pairs)
            {
                counts[(pair.ExpertId, pair.ApplicationId)] = counts.GetValueOrDefault((pair.ExpertId, pair.ApplicationId)) + 1;
            }
        }

        // Probability ≤ 0.4: over 600 runs the count has mean ≤ 240 and deviation ≤ 12; 300 is five deviations above.
        Assert.All(counts, c => Assert.True(c.Value <= 300, $"{c.Key} 抽中 {c.Value} 次"));
        // The cap binds: the favoured experts are drawn near it, not always.
        Assert.Contains(counts, c => c.Value > 180);
        Assert.Equal(AssignRandomised.Handle(problem, 0.4, 7).Pairs, AssignRandomised.Handle(problem, 0.4, 7).Pairs);
    }

    [Fact]
    public void TheAverageTotal_IsTheFractionalOptimum_AndBelowTheOptimalMode()
    {
        var problem = AssignmentCases.Random(55, applications: 20, experts: 40, organisations: 15, density: 0.5, k: 3, l: 3);
        var g = Eligibility.Build(problem);
        var expected = AssignRandomised.ExpectedAffinity(ReviewFlow.Solve(g, AssignRandomised.Scale, 50));
        var optimal = AssignOptimal.Handle(problem).TotalAffinity;

        var average = Enumerable.Range(1, 300).Average(seed => (double)AssignRandomised.Handle(problem, 0.5, seed).TotalAffinity);

        Assert.True(expected <= optimal);
        // Each total lies between 0 and 9·n·k = 540; over 300 draws the mean is within a few units of its expectation.
        Assert.InRange(average, expected - 15, expected + 15);
    }

    [Fact]
    public void ACapTooTightForThePool_NamesTheApplication()
    {
        // Two eligible experts and k = 2: each must review with probability 1, above any cap below 1.
        var problem = new AssignmentProblem([new("E1", "甲"), new("E2", "乙")], [new("A1", "丙", [])],
            [new("E1", "A1", 1), new("E2", "A1", 1)], [], 2, 1);

        var result = AssignRandomised.Handle(problem, 0.5, 1);

        Assert.False(result.IsComplete);
        Assert.Contains("抽中概率不超过 0.5", Assert.Single(result.Unfillable).Reason);
        Assert.Contains("每项至少要有 4 位", result.Unfillable[0].Reason);
        Assert.Contains("放宽概率上限", result.Explain());
        Assert.True(AssignRandomised.Handle(problem, 1, 1).IsComplete);
    }
}
