using Kechuang.Projects.Assignment;

namespace Kechuang.Tests.Projects;

public class DrawRandomTests
{
    [Fact]
    public void TheSameSeed_DrawsTheSame_AndReturnsSeedAndVersion()
    {
        var problem = AssignmentCases.Random(21, applications: 40, experts: 80, organisations: 20, density: 0.4, k: 3, l: 3);

        var first = DrawRandom.Handle(problem, new DrawOptions(Seed: 20261205));
        var again = DrawRandom.Handle(problem, new DrawOptions(Seed: 20261205));
        var other = DrawRandom.Handle(problem, new DrawOptions(Seed: 20261206));

        Assert.True(first.IsComplete, first.Explain());
        Assert.Equal(first.Pairs, again.Pairs);
        Assert.Equal(first.Reserves, again.Reserves);
        Assert.NotEqual(first.Pairs, other.Pairs);
        Assert.Equal(20261205, first.Seed);
        Assert.Equal("random", first.Mode);
        Assert.Contains("OR-Tools 9.15", first.EngineVersion);
    }

    [Fact]
    public void WithoutASeed_OneIsChosenAndReturned_AndReplaysTheDraw()
    {
        var problem = AssignmentCases.Random(22, applications: 20, experts: 40, organisations: 15, density: 0.5, k: 3, l: 3);

        var drawn = DrawRandom.Handle(problem, new DrawOptions());
        var replayed = DrawRandom.Handle(problem, new DrawOptions(Seed: drawn.Seed));

        Assert.NotNull(drawn.Seed);
        Assert.Equal(drawn.Pairs, replayed.Pairs);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(34)]
    public void RandomCalls_NeverBreakARule_AndReservesAreEligibleAndApart(int seed)
    {
        var problem = AssignmentCases.Random(seed, applications: 60, experts: 90, organisations: 25, density: 0.3, k: 3, l: 4);
        var organisation = problem.Experts.ToDictionary(e => e.Id, e => e.Organisation);

        var result = DrawRandom.Handle(problem, new DrawOptions(Reserves: 2, Seed: seed));

        Assert.True(result.IsComplete, result.Explain());
        AssignmentCases.AssertKeepsEveryRule(problem, result.Pairs);
        foreach (var reserve in result.Reserves)
        {
            var onIt = result.Pairs.Where(p => p.ApplicationId == reserve.ApplicationId).ToList();
            Assert.True(AssignmentCases.Allowed(problem, reserve.ExpertId, reserve.ApplicationId));
            Assert.DoesNotContain(onIt, p => p.ExpertId == reserve.ExpertId || organisation[p.ExpertId] == organisation[reserve.ExpertId]);
        }
        Assert.All(result.Reserves.GroupBy(r => r.ApplicationId), g => Assert.True(g.Count() <= 2));
    }

    [Fact]
    public void OneApplication_EachEligibleExpertIsDrawnAboutEquallyOften()
    {
        // 10 eligible experts, k = 3: each is drawn with probability 0.3. Over 3,000 draws the count of each has
        // mean 900 and standard deviation about 25; 750..1050 is six deviations either side.
        var experts = Enumerable.Range(0, 11).Select(e => new ReviewExpert($"E{e}", $"单位{e}")).ToList();
        var problem = new AssignmentProblem(experts, [new("A1", "单位0", [])],
            experts.Select(e => new CandidatePair(e.Id, "A1", e.Id == "E5" ? 9 : 1)).ToList(), [], 3, 1);
        var counts = new Dictionary<string, int>();

        for (var seed = 1; seed <= 3000; seed++)
        {
            foreach (var pair in DrawRandom.Handle(problem, new DrawOptions(Reserves: 0, Seed: seed)).Pairs)
            {
                counts[pair.ExpertId] = counts.GetValueOrDefault(pair.ExpertId) + 1;
            }
        }

        Assert.DoesNotContain("E0", counts.Keys); // same organisation as the applicant
        Assert.Equal(10, counts.Count);
        Assert.All(counts, c => Assert.InRange(c.Value, 750, 1050));
    }

    [Fact]
    public void RelatedFirst_DrawsAmongPositiveAffinityBeforeTheOthers()
    {
        var experts = Enumerable.Range(0, 8).Select(e => new ReviewExpert($"E{e}", $"单位{e}")).ToList();
        var problem = new AssignmentProblem(experts, [new("A1", "申报单位", [])],
            experts.Select(e => new CandidatePair(e.Id, "A1", e.Id is "E1" or "E2" ? 3 : 0)).ToList(), [], 3, 1);

        for (var seed = 1; seed <= 50; seed++)
        {
            var result = DrawRandom.Handle(problem, new DrawOptions(Reserves: 1, RelatedFirst: true, Seed: seed));

            Assert.Contains(result.Pairs, p => p.ExpertId == "E1");
            Assert.Contains(result.Pairs, p => p.ExpertId == "E2");
            Assert.Equal(0, Assert.Single(result.Reserves).Affinity);
        }
    }

    [Fact]
    public void TooFewEligible_IsRefusedLikeTheOptimalMode()
    {
        var problem = AssignmentCases.Random(41, applications: 5, experts: 4, organisations: 3, density: 0.5, k: 3, l: 5);

        var result = DrawRandom.Handle(problem, new DrawOptions(Seed: 1));

        Assert.False(result.IsComplete);
        Assert.Empty(result.Pairs);
        Assert.All(result.Unfillable, u => Assert.Contains("少于每项所需的 3 人", u.Reason));
    }
}
