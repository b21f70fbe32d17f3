using Kechuang.Projects.Assignment;

namespace Kechuang.Tests.Projects;

public class ReplaceDeclinedTests
{
    [Theory]
    [InlineData(61, null)]
    [InlineData(62, null)]
    [InlineData(63, 5L)]
    public void ADecline_ChangesThatSlotOnly_AndKeepsEveryRule(int seed, long? drawSeed)
    {
        var problem = AssignmentCases.Random(seed, applications: 40, experts: 80, organisations: 20, density: 0.4, k: 3, l: 3);
        var current = AssignOptimal.Handle(problem).Pairs;
        var declined = current[7];

        var replaced = ReplaceDeclined.Handle(problem, current, declined.ApplicationId, declined.ExpertId, drawSeed);

        Assert.Null(replaced.Problem);
        Assert.NotNull(replaced.NewPair);
        Assert.NotEqual(declined.ExpertId, replaced.NewPair.ExpertId);
        Assert.Equal(current.Where(p => p != declined), replaced.Pairs.Where(p => p != replaced.NewPair));
        Assert.Equal(current.Count, replaced.Pairs.Count);
        AssignmentCases.AssertKeepsEveryRule(problem, replaced.Pairs);
    }

    [Fact]
    public void WithoutASeed_TheClosestEligibleExpertReplaces()
    {
        var problem = new AssignmentProblem(
            [new("E1", "甲"), new("E2", "乙"), new("E3", "丙"), new("E4", "乙"), new("E5", "丁")],
            [new("A1", "戊", [])],
            [new("E1", "A1", 9), new("E2", "A1", 8), new("E3", "A1", 7), new("E4", "A1", 6), new("E5", "A1", 5)],
            [new("E3", "A1", "迟报的利害关系：近亲属在申报单位任职")], 2, 1);
        AssignedPair[] current = [new("A1", "E1", 9), new("A1", "E2", 8)];

        var replaced = ReplaceDeclined.Handle(problem, current, "A1", "E1");

        // E3 declared a conflict, E4 shares E2's organisation: E5.
        Assert.Equal(new AssignedPair("A1", "E5", 5), replaced.NewPair);
        Assert.Equal([new AssignedPair("A1", "E5", 5), current[1]], replaced.Pairs);
    }

    [Fact]
    public void NoOneLeft_SaysWhyAndChangesNothing()
    {
        var problem = new AssignmentProblem([new("E1", "甲"), new("E2", "乙")], [new("A1", "丙", [])],
            [new("E1", "A1", 1), new("E2", "A1", 1)], [], 2, 1);
        AssignedPair[] current = [new("A1", "E1", 1), new("A1", "E2", 1)];

        var replaced = ReplaceDeclined.Handle(problem, current, "A1", "E1");

        Assert.Null(replaced.NewPair);
        Assert.Same(current, replaced.Pairs);
        Assert.Contains("没有可替换专家 E1 的候选专家", replaced.Problem);
    }
}
