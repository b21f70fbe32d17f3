using Kechuang.Projects.Assignment;

namespace Kechuang.Tests.Projects;

public class AssignOptimalTests
{
    private static AssignmentProblem Small(int k = 2, int l = 2, IReadOnlyList<ReviewConflict>? conflicts = null) => new(
        [new("E1", "浙江大学"), new("E2", "浙江大学"), new("E3", "中科院"), new("E4", "清华大学"), new("E5", "县农科所")],
        [new("A1", "浙江大学", []), new("A2", "某公司", ["中科院", "县农科所"])],
        [new("E1", "A1", 5), new("E2", "A1", 4), new("E3", "A1", 3), new("E4", "A1", 2), new("E5", "A1", 1),
         new("E1", "A2", 5), new("E2", "A2", 4), new("E3", "A2", 3), new("E4", "A2", 2), new("E5", "A2", 1)],
        conflicts ?? [new("E4", "A1", "近3年曾评审该单位项目")], k, l);

    [Fact]
    public void Small_TakesTheBestPairsTheRulesAllow()
    {
        var result = AssignOptimal.Handle(Small());

        Assert.True(result.IsComplete, result.Explain());
        // A1: not E1, E2 (same university), not E4 (conflict) → E3 + E5. A2: not E3, E5 (partners); E1, E2 one organisation → E1 + E4.
        Assert.Equal(["A1:E3", "A1:E5", "A2:E1", "A2:E4"], result.Pairs.Select(p => $"{p.ApplicationId}:{p.ExpertId}").Order());
        Assert.Equal(11, result.TotalAffinity);
        Assert.Equal(4, result.LowestApplicationAffinity);
        Assert.Equal("optimal", result.Mode);
        Assert.StartsWith("kechuang-assign/", result.EngineVersion);
    }

    [Fact]
    public void EveryExclusion_IsExplainedInChinese()
    {
        var result = AssignOptimal.Handle(Small());

        var text = result.Exclusions.Select(e => $"{e.ApplicationId}|{e.Kind}|{e.Explanation}").Order().ToList();
        Assert.Equal(
        [
            "A1|DeclaredConflict|专家E4：与申报单位存在利害关系：近3年曾评审该单位项目，回避",
            "A1|SameOrganisation|专家E1：与申报单位同属浙江大学，回避",
            "A1|SameOrganisation|专家E2：与申报单位同属浙江大学，回避",
            "A2|PartnerOrganisation|专家E3：所在单位中科院是该项目的合作单位，回避",
            "A2|PartnerOrganisation|专家E5：所在单位县农科所是该项目的合作单位，回避",
        ], text);
    }

    [Fact]
    public void TheLoadLimit_MovesAnExpertElsewhere()
    {
        // E1 is everyone's best, but may take one application only.
        var problem = new AssignmentProblem(
            [new("E1", "甲"), new("E2", "乙"), new("E3", "丙")],
            [new("A1", "丁", []), new("A2", "戊", [])],
            [new("E1", "A1", 9), new("E1", "A2", 8), new("E2", "A1", 1), new("E3", "A2", 7), new("E2", "A2", 0)],
            [], 1, 1);

        var result = AssignOptimal.Handle(problem);

        Assert.Equal(["A1:E1", "A2:E3"], result.Pairs.Select(p => $"{p.ApplicationId}:{p.ExpertId}"));
        Assert.Equal(16, result.TotalAffinity);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void SmallRandomCalls_TotalEqualsBruteForce(int seed)
    {
        var problem = AssignmentCases.Random(seed, applications: 4, experts: 7, organisations: 5, density: 0.8, k: 2, l: 2);

        var best = AssignmentCases.BruteForceBest(problem);
        var result = AssignOptimal.Handle(problem);

        Assert.Equal(best is not null, result.IsComplete);
        if (best is not null)
        {
            AssignmentCases.AssertKeepsEveryRule(problem, result.Pairs);
            Assert.Equal(best.Value, result.TotalAffinity);
        }
        else
        {
            Assert.Empty(result.Pairs);
            Assert.NotEmpty(result.Unfillable);
        }
    }

    [Theory]
    [InlineData(11, 3)]
    [InlineData(12, 3)]
    [InlineData(13, 5)]
    [InlineData(14, 5)]
    [InlineData(15, 3)]
    public void LargerRandomCalls_NeverBreakARule(int seed, int k)
    {
        var problem = AssignmentCases.Random(seed, applications: 60, experts: 90, organisations: 25, density: 0.3, k, l: 5);

        var result = AssignOptimal.Handle(problem);

        Assert.True(result.IsComplete, result.Explain());
        AssignmentCases.AssertKeepsEveryRule(problem, result.Pairs);
    }

    [Fact]
    public void TooFewEligibleExperts_NamesTheApplicationWithCountsAndRemedies_AssignsNothing()
    {
        var result = AssignOptimal.Handle(Small(k: 3));

        Assert.False(result.IsComplete);
        Assert.Empty(result.Pairs);
        Assert.Equal(["A1", "A2"], result.Unfillable.Select(u => u.ApplicationId));
        Assert.Equal("申报书 A1：符合回避规则的候选专家 2 人，少于每项所需的 3 人（已回避 3 人）", result.Unfillable[0].Reason);
        Assert.Equal("申报书 A2：符合回避规则的候选专家 3 人（分属 2 个单位，同一单位至多 1 人），少于每项所需的 3 人（已回避 2 人）", result.Unfillable[1].Reason);
        Assert.Contains("缩短回避年限", result.Explain());
        Assert.Contains("补充该领域的专家", result.Explain());
    }

    [Fact]
    public void EachFineAlone_ButTheLoadsTogetherAreNot_NamesTheShortOnes()
    {
        // Three applications each need 2 of the same 3 experts, who take 1 each: 6 places, 3 experts.
        var experts = new ReviewExpert[] { new("E1", "甲"), new("E2", "乙"), new("E3", "丙") };
        var applications = new ReviewApplication[] { new("A1", "丁", []), new("A2", "丁", []), new("A3", "丁", []) };
        var candidates = applications.SelectMany(a => experts.Select(e => new CandidatePair(e.Id, a.Id, 1))).ToList();

        var result = AssignOptimal.Handle(new AssignmentProblem(experts, applications, candidates, [], 2, 1));

        Assert.False(result.IsComplete);
        Assert.Empty(result.Pairs);
        Assert.NotEmpty(result.Unfillable);
        Assert.All(result.Unfillable, u => Assert.Contains("单独看有 3 个单位的候选专家，但在每位专家至多 1 项的限制下", u.Reason));
        Assert.Contains("提高每位专家的评审上限", result.Explain());
    }

    [Fact]
    public void BadInput_IsRefusedInChinese()
    {
        var problem = Small();

        Assert.Contains("专家编号不存在：E9", Assert.Throws<AssignmentInputException>(() =>
            AssignOptimal.Handle(problem with { Candidates = [.. problem.Candidates, new("E9", "A1", 1)] })).Message);
        Assert.Contains("匹配度不能为负", Assert.Throws<AssignmentInputException>(() =>
            AssignOptimal.Handle(problem with { Candidates = [new("E3", "A1", -1)] })).Message);
        Assert.Contains("候选重复", Assert.Throws<AssignmentInputException>(() =>
            AssignOptimal.Handle(problem with { Candidates = [new("E3", "A1", 1), new("E3", "A1", 2)] })).Message);
        Assert.Contains("应至少为 1", Assert.Throws<AssignmentInputException>(() => AssignOptimal.Handle(problem with { PerApplication = 0 })).Message);
    }
}
