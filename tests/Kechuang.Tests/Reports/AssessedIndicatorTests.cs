using Kechuang.Data;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Reports;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Tests.Contracts.ContractBuilder;

namespace Kechuang.Tests.Reports;

public sealed class SqliteAssessedIndicatorTests(SqliteTestDatabase db) : AssessedIndicatorTests<SqliteTestDatabase>(db);

public sealed class PostgresAssessedIndicatorTests(PostgresTestDatabase db) : AssessedIndicatorTests<PostgresTestDatabase>(db);

/// <summary>
/// 考核指标 and 参考指标 (docs/domain.md §3, §8, §9) on 平阳县 in 2026 to February (fixture clock 2026-03-01, time
/// progress 2/12 = 16.67%). Figures worked by hand:
/// <list type="bullet">
/// <item>全社会R&amp;D经费投入 2.00 of 10 亿元 = 20.00% ≥ 16.67%, on schedule; 1.60 a year before: +25.00%.</item>
/// <item>地区生产总值 (参考) 50 of 600 亿元 = 8.33%, behind; 60 a year before: −16.67% — never a task or a problem.</item>
/// <item>R&amp;D经费投入强度 = 2.00 ÷ 50 = 4.00% (the reason GDP is in the catalogue).</item>
/// <item>科技型中小企业入库数: the register is in use (an enterprise filed its 2026 facts) but holds no tech SME, so
/// 0 of a target of 61 = 0.00%, behind; 67 for 2027.</item>
/// <item>专利授权量: a target of 100 and no figure at all: 暂无数据.</item>
/// </list>
/// </summary>
public abstract class AssessedIndicatorTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private const string Pingyang = "330326";
    private const string Wenzhou = "330300";

    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        if (await db.IndicatorTargets.AnyAsync(t => t.RegionCode == Pingyang))
        {
            return;
        }
        await TargetAsync("rd_expenditure", 2026, 10m);
        await ValueAsync("rd_expenditure", 2026, 2, 2m);
        await ValueAsync("rd_expenditure", 2025, 2, 1.6m);
        await TargetAsync("gdp", 2026, 600m);
        await TargetAsync("gdp", 2027, 700m);
        await ValueAsync("gdp", 2026, 2, 50m);
        await ValueAsync("gdp", 2025, 2, 60m);
        await TargetAsync("tech_sme_count", 2026, 61m);
        await TargetAsync("tech_sme_count", 2027, 67m);
        await TargetAsync("patent_grants", 2026, 100m);
        // In use, so its zero is a figure (docs/domain.md §3, Rank): one enterprise with this year's facts, no title.
        var enterprise = new Kechuang.Enterprises.Enterprise { Name = "测试平阳无资质科技有限公司", Uscc = NewUscc(Pingyang), RegionCode = Pingyang };
        db.Enterprises.Add(enterprise);
        db.EnterpriseYears.Add(new Kechuang.Enterprises.EnterpriseYear { EnterpriseId = enterprise.Id, Year = 2026, Staff = 20, SalesRevenue = 1_000_000m });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task TargetAsync(string code, int year, decimal value)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<PutTarget>().HandleAsync(Admin, code, Pingyang, year, new TargetRequest(value, null, null));
    }

    private async Task ValueAsync(string code, int year, int month, decimal value)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<PutValue>().HandleAsync(Admin, code, Pingyang, year, month, new ValueRequest(value, null, null));
    }

    private Task<SummaryDocument> DraftAsync(string region) =>
        database.RunAsync<GetSummary, SummaryDocument>(h => h.HandleAsync(As(Roles.Leader, region), region, 2026, "FY"));

    [Fact]
    public async Task Catalogue_ContextIndicatorsAreReference_TheRestAssessed()
    {
        var indicators = await database.RunAsync<ListIndicators, IReadOnlyList<IndicatorDto>>(h => h.HandleAsync(Admin, includeRetired: true));

        Assert.Equal(["fiscal_spending", "gdp", "industrial_value_added", "reporting_above_scale_enterprises"],
            indicators.Where(i => !i.Assessed).Select(i => i.Code).Order(StringComparer.Ordinal));
        Assert.Equal(IndicatorCatalogue.ReferenceCodes.Order(StringComparer.Ordinal), indicators.Where(i => !i.Assessed).Select(i => i.Code).Order(StringComparer.Ordinal));
        Assert.True(indicators.Single(i => i.Code == "tech_sme_count").Assessed);
    }

    [Fact]
    public async Task Summary_Table_ListsEveryAssessedTaskWithZeroAndNoDataButNoReference()
    {
        var doc = await DraftAsync(Pingyang);

        Assert.Equal(("平阳县科学技术局2026年工作总结（截至2月）", 2, true), (doc.Title, doc.Month, doc.Open));
        Assert.Equal(["rd_expenditure", "rd_intensity", "tech_sme_count", "patent_grants"], doc.Indicators.Select(r => r.Code));
        Assert.Equal([1, 2, 3, 4], doc.Indicators.Select(r => r.No));
        var rd = doc.Indicators.Single(r => r.Code == "rd_expenditure");
        Assert.Equal(("10.00亿元", "2.00亿元", "20.00%", "同比增长25.00%"), (rd.Target.Text, rd.Actual.Text, rd.Completion.Text, rd.Yoy.Text));
        Assert.Equal("4.00%", doc.Indicators.Single(r => r.Code == "rd_intensity").Actual.Text);
        // A register's 0 against a target is a figure, traced like any other.
        var sme = doc.Indicators.Single(r => r.Code == "tech_sme_count");
        Assert.Equal(("61家", "0家", "0.00%"), (sme.Target.Text, sme.Actual.Text, sme.Completion.Text));
        Assert.Contains(doc.Figures, f => f.Id == sme.Actual.FigureId && f.Value == 0m);
        // A task without any figure says so.
        var patents = doc.Indicators.Single(r => r.Code == "patent_grants");
        Assert.Equal(("100件", "暂无数据", "—", "—", "—"), (patents.Target.Text, patents.Actual.Text, patents.Completion.Text, patents.Yoy.Text, patents.Rank.Text));
        Assert.Null(patents.Actual.FigureId);
        Assert.DoesNotContain(doc.Figures, f => f.Label.Contains("地区生产总值", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summary_ProblemsAndPlan_NameTheZeroTaskAndNeverTheReference()
    {
        var doc = await DraftAsync(Pingyang);

        var problem = Assert.Single(doc.Problems.Paragraphs).Text;
        Assert.Equal("一是科技型中小企业入库数完成0家，完成率0.00%，低于16.67%的序时进度。", problem);
        // A flow's open year (1—2月) is no base for a growth: no Z.
        Assert.Equal("一是企业培育：2027年力争科技型中小企业入库数达到67家。", Assert.Single(doc.Plan.Paragraphs).Text);
        var all = string.Join("\n", doc.Sections.SelectMany(s => s.Paragraphs).Concat(doc.Problems.Paragraphs).Concat(doc.Plan.Paragraphs).Select(p => p.Text));
        Assert.DoesNotContain("地区生产总值", all);
    }

    [Fact]
    public async Task Report_KeepsTheReferenceMarked_AndTheCountsLeaveItOut()
    {
        var rows = await database.RunAsync<GetAssessmentReport, IReadOnlyList<AssessmentRow>>(h => h.HandleAsync(Admin, Pingyang, 2026, 2));

        var gdp = rows.Single(r => r.Code == "gdp");
        Assert.False(gdp.Assessed);
        Assert.Equal(("50.00亿元", false), (gdp.ActualText, gdp.OnSchedule));
        Assert.True(rows.Single(r => r.Code == "tech_sme_count").Assessed);
        // The home page's and dashboard's counts: 达到 = R&D (20% ≥ 16.67%), 落后 = the tech SMEs only, not GDP (8.33%).
        var tally = AssessmentTally.Of(rows);
        Assert.Equal((rows.Count - 4, 1, 1), (tally.Assessed, tally.OnSchedule, tally.Behind));
        Assert.Equal(["tech_sme_count"], AssessmentTally.BehindRows(rows).Select(r => r.Code));
    }

    [Fact]
    public async Task Matrix_ShowsTheReferenceMarked()
    {
        var matrix = await database.RunAsync<GetAssessmentMatrix, AssessmentMatrix>(h => h.HandleAsync(Admin, Wenzhou, 2026, 2));

        Assert.False(matrix.Indicators.Single(i => i.Code == "gdp").Assessed);
        var pingyang = matrix.Regions.Single(r => r.Code == Pingyang);
        Assert.False(pingyang.Rows.Single(r => r.Code == "gdp").Assessed);
        // 50 ÷ 600 = 0.083333…, kept to four places.
        Assert.Equal(0.0833m, pingyang.Rows.Single(r => r.Code == "gdp").CompletionRate);
    }

    [Fact]
    public async Task CitySummary_CountyTableLeavesTheReferenceOut()
    {
        var doc = await DraftAsync(Wenzhou);

        var counties = Assert.Single(doc.Sections, s => s.Module == CountySummarySection.Name);
        var header = counties.Table!.Rows[0].Select(c => c.Text).ToList();
        Assert.Contains("全社会R&D经费投入（亿元）", header);
        Assert.DoesNotContain("地区生产总值（亿元）", header);
    }

    [Fact]
    public async Task Update_FlagRoundTrips_AndAReferenceLeavesTheSummary()
    {
        var code = "t_" + Guid.NewGuid().ToString("N")[..10];
        var created = await database.RunAsync<CreateIndicator, IndicatorDto>(h => h.HandleAsync(Admin,
            new IndicatorRequest(code, "测试参考指标", "项", "flow", null, null, null, null, null, null, null)));
        Assert.True(created.Assessed);
        var reference = await database.RunAsync<UpdateIndicator, IndicatorDto>(h => h.HandleAsync(Admin, code,
            new IndicatorRequest(null, "测试参考指标", "项", "flow", null, null, null, null, null, null, created.Version, Assessed: false)));
        Assert.False(reference.Assessed);
        // Left out, the flag stays as it was.
        var renamed = await database.RunAsync<UpdateIndicator, IndicatorDto>(h => h.HandleAsync(Admin, code,
            new IndicatorRequest(null, "测试参考指标2", "项", "flow", null, null, null, null, null, null, reference.Version)));
        Assert.False(renamed.Assessed);
    }
}

public sealed class SqliteIndicatorFlagMigrationTests(SqliteTestDatabase db) : IndicatorFlagMigrationTests<SqliteTestDatabase>(db);

public sealed class PostgresIndicatorFlagMigrationTests(PostgresTestDatabase db) : IndicatorFlagMigrationTests<PostgresTestDatabase>(db);

/// <summary>
/// An upgraded database reads like a new one: back to the migration before the flag, a bureau's own indicator added,
/// then up again — its own indicator stays assessed, the catalogue's context indicators become 参考.
/// </summary>
public abstract class IndicatorFlagMigrationTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Upgrade_SetsTheFlagForTheContextIndicatorsOnly()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("Summaries");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Indicators\" (\"Code\", \"Name\", \"Unit\", \"Kind\", \"Direction\", \"Source\", \"SortOrder\", \"Retired\", \"Version\") "
            + "VALUES ('local_events', '科技活动场次', '场', 'flow', 'higher', 'reported', 50, FALSE, 0)");
        await migrator.MigrateAsync("IndicatorAssessedFlag");

        var flags = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Assessed);
        Assert.True(flags["local_events"]);
        Assert.True(flags["rd_expenditure"]);
        Assert.True(flags["tech_sme_count"]);
        Assert.Equal(["fiscal_spending", "gdp", "industrial_value_added", "reporting_above_scale_enterprises"],
            flags.Where(f => !f.Value).Select(f => f.Key).Order(StringComparer.Ordinal));
    }
}
