using Kechuang.Common;
using Kechuang.Outreach;
using Kechuang.Projects.Experts;

namespace Kechuang.Tests.Outreach;

/// <summary>The registers' pure rules (docs/domain.md §7.9): places in a round, photos by content, 人次 in the house
/// style, what an activity and an entry must be, and the judges' panel under the review's conflict rules.</summary>
public sealed class OutreachRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static ExpertDto Expert(string name, string organisation, string? uscc = null, params ExpertRelationDto[] relations) =>
        new(Guid.CreateVersion7(), name, organisation, uscc, null, ["先进制造"], "330326", "平阳县", null, null, true, null, null, relations, 1);

    [Fact]
    public void Ranks_HighestFirst_EqualScoresShareAPlace()
    {
        var (a, b, c, d) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var ranks = OutreachRules.Ranks([(a, 80m), (b, 92.5m), (c, 80m), (d, 60m)]).ToDictionary(r => r.EntryId, r => r.Rank);

        Assert.Equal((1, 2, 2, 4), (ranks[b], ranks[a], ranks[c], ranks[d]));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, null)]   // %PDF-
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38 }, null)]         // GIF8: not taken
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C }, null)]   // <html
    public void PhotoType_ByTheFirstBytes(byte[] bytes, string? type) => Assert.Equal(type, OutreachRules.PhotoType(bytes));

    [Fact]
    public void PhotoName_TakesTheDetectedTypesExtension() =>
        Assert.Equal(("evil.png", "现场照片.jpg", "活动照片.jpg"), (OutreachRules.PhotoName("../../evil.html", "image/png"),
            OutreachRules.PhotoName("C:\\fakepath\\现场照片.JPEG", "image/jpeg"), OutreachRules.PhotoName("  ", "image/jpeg")));

    [Theory]
    [InlineData(850, "850人次")]
    [InlineData(9_999, "9,999人次")]
    [InlineData(10_000, "1万人次")]
    [InlineData(20_500, "2.05万人次")]
    [InlineData(123_456, "12.35万人次")]
    public void Attendance_InWanFromTenThousand(long people, string text) => Assert.Equal(text, OutreachRules.Attendance(people));

    [Fact]
    public void Activity_EveryProblemAtOnce()
    {
        var v = new Validation();

        OutreachRules.Activity(new ActivityRequest("讲座", "", null, "某地", "330326", Today.AddDays(1), 0), Today, v);

        var e = Assert.Throws<ValidationFailedException>(v.ThrowIfAny);
        Assert.Equal(["attendance", "heldOn", "kind", "organisers", "title"], e.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Entry_EnterpriseOrTeam_AwardNeedsItsDateWithinTheCompetitionsYears()
    {
        var competition = new Competition { Year = 2025, Name = "大赛", Level = "市级", Organiser = "市科技局", RegionCode = "330326" };
        Validation Check(EntryRequest r)
        {
            var v = new Validation();
            OutreachRules.Entry(r, competition, Today, v);
            return v;
        }

        Assert.False(Check(new EntryRequest(null, "团队", null, null, "项目", "一等奖", null, new DateOnly(2025, 9, 1))).HasErrors);
        Assert.True(Check(new EntryRequest(null, null, null, null, "项目")).HasErrors);
        Assert.True(Check(new EntryRequest(Guid.NewGuid(), "团队", null, null, "项目")).HasErrors);
        Assert.True(Check(new EntryRequest(null, "团队", null, null, "项目", "一等奖")).HasErrors);                          // no date
        Assert.True(Check(new EntryRequest(null, "团队", null, null, "项目", "一等奖", null, new DateOnly(2024, 12, 1))).HasErrors);   // before its year
        Assert.True(Check(new EntryRequest(null, "团队", null, null, "项目", null, "省级")).HasErrors);                      // a level without an award
    }

    [Fact]
    public void JudgePanel_KeepsOutEveryConflict_OneJudgePerOrganisation()
    {
        PanelEntry[] entries = [new("平阳汽配有限公司", "91330326MA2ABCDE1X", "王经理"), new("温大创客团队", null, "陈队长")];
        var conflicted = new[]
        {
            Expert("同单位", "平阳汽配有限公司"),
            Expert("同代码", "平阳汽配集团", "91330326MA2ABCDE1X"),
            Expert("亲属", "某大学", null, new ExpertRelationDto(ExpertWords.Person, "陈队长", null, "亲属")),
            Expert("合作", "某学院", null, new ExpertRelationDto(ExpertWords.Organisation, "温大创客团队", null, "合作")),
            Expert("陈队长", "创业园"),
        };
        var clean = Enumerable.Range(1, 6).Select(i => Expert($"评委{i}", i <= 2 ? "同一研究所" : $"第{i}研究所")).ToList();
        var pool = conflicted.Concat(clean).OrderBy(e => e.Id).ToList();

        for (var seed = 1; seed <= 30; seed++)
        {
            var result = JudgePanel.Draw(pool, entries, 5, seed);
            Assert.True(result.IsComplete);
            var judges = result.Pairs.Select(p => pool.Single(e => JudgePanel.Id(e) == p.ExpertId)).ToList();
            Assert.All(judges, j => Assert.Contains(j, clean));
            Assert.Equal(5, judges.Select(j => j.Organisation).Distinct().Count());   // 评委1 and 评委2 share an institute: at most one
            Assert.Equal(result.Pairs, JudgePanel.Draw(pool, entries, 5, seed).Pairs);  // the seed replays the draw
        }
        var refused = JudgePanel.Draw(pool, entries, 7, 1);
        Assert.False(refused.IsComplete);
        Assert.Contains("参赛单位", JudgePanel.Words(string.Join("；", refused.Exclusions.Select(x => x.Explanation)), pool));
    }
}
