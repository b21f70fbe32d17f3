using System.Text.Json;
using System.Text.RegularExpressions;
using Kechuang.Contracts;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Indicators;
using Kechuang.Reports;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Tests.Contracts.ContractBuilder;

namespace Kechuang.Tests.Reports;

public sealed class SqliteSummaryToneDraftTests(SqliteTestDatabase db) : SummaryToneDraftTests<SqliteTestDatabase>(db);

public sealed class PostgresSummaryToneDraftTests(PostgresTestDatabase db) : SummaryToneDraftTests<PostgresTestDatabase>(db);

/// <summary>
/// Words follow numbers in drafted summaries (docs/domain.md §9) and 三、工作思路 groups next year's aims by area and never
/// prints a target below this year's figure (docs/reports.md). Fixture clock 2026-03-01: 2025 is closed. Each county
/// is one case, its figures worked by hand in the comments.
/// </summary>
public abstract class SummaryToneDraftTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private const string Cangnan = "330327";   // mixed: more contracts, less money
    private const string Wencheng = "330328";  // falling
    private const string Taishun = "330329";   // behind time progress
    private const string Ruian = "330381";     // neutral contracts; HTE total up, new HTEs down
    private const string Dongtou = "330305";   // H1: exactly at time progress, exactly 0% growth
    private const string Yueqing = "330382";   // strong growth; next year's targets

    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        if (db.TechContracts.Any(c => c.SellerRegionCode == Cangnan))
        {
            return;
        }
        // 苍南: 2024 one contract of 100万; 2025 two of 20万: count +100%, 成交额 40万 vs 100万 = −60%.
        await RegisteredAsync(Cangnan, 1_000_000m, new(2024, 4, 1));
        await RegisteredAsync(Cangnan, 200_000m, new(2025, 4, 1));
        await RegisteredAsync(Cangnan, 200_000m, new(2025, 5, 1));
        // 文成: 2024 two of 50万; 2025 one of 30万: count −50%, 成交额 −70%.
        await RegisteredAsync(Wencheng, 500_000m, new(2024, 4, 1));
        await RegisteredAsync(Wencheng, 500_000m, new(2024, 5, 1));
        await RegisteredAsync(Wencheng, 300_000m, new(2025, 4, 1));
        // 泰顺: target 0.10亿元, 2025 one of 100万 = 0.01亿元: 10.00% at December, behind; nothing in 2024.
        await TargetAsync("tech_contract_turnover", Taishun, 2025, 0.1m);
        await RegisteredAsync(Taishun, 1_000_000m, new(2025, 4, 1));
        // 瑞安: one contract in 2025, none in 2024, no target: neutral.
        await RegisteredAsync(Ruian, 100_000m, new(2025, 4, 1));
        // 洞头: target 0.04亿元; 200万 in Jan–Jun of both years: 50.00% at June = 6/12, count and money 同比持平.
        await TargetAsync("tech_contract_turnover", Dongtou, 2025, 0.04m);
        await RegisteredAsync(Dongtou, 2_000_000m, new(2024, 3, 1));
        await RegisteredAsync(Dongtou, 2_000_000m, new(2025, 3, 1));
        // 乐清: 2024 one of 1000万; 2025 two of 600万: count +100%, 成交额 0.12亿元 vs 0.10亿元 = +20%.
        await RegisteredAsync(Yueqing, 10_000_000m, new(2024, 4, 1));
        await RegisteredAsync(Yueqing, 6_000_000m, new(2025, 4, 1));
        await RegisteredAsync(Yueqing, 6_000_000m, new(2025, 5, 1));
        // 乐清's 2026 targets: R&D 5.00 against 4.00 (+25%); 合同数 3 against 2 (+50%); 成交额 0.10 below 0.12
        // (left out, a warning); 技术交易额 0.12 equal to 0.12 (同比持平); 新认定高企 1 with no 2025 figure (no Z);
        // 地区生产总值 is a 参考指标 (never an aim).
        await ValueAsync("rd_expenditure", Yueqing, 2025, 12, 4m);
        await TargetAsync("rd_expenditure", Yueqing, 2026, 5m);
        await TargetAsync("tech_contract_count", Yueqing, 2026, 3m);
        await TargetAsync("tech_contract_turnover", Yueqing, 2026, 0.1m);
        await TargetAsync("tech_transaction", Yueqing, 2026, 0.12m);
        await TargetAsync("new_hte_count", Yueqing, 2026, 1m);
        await TargetAsync("gdp", Yueqing, 2026, 100m);

        // 瑞安's HTEs: A and B recognised in 2024, C in 2025, all valid at the end of 2025.
        // New: 1 in 2025 vs 2 in 2024 (−50%); valid: 3 at 2025-12-31 vs 2 at 2024-12-31 (+50%).
        Hte(db, "瑞安甲科技有限公司", new(2024, 5, 10));
        Hte(db, "瑞安乙科技有限公司", new(2024, 6, 10));
        Hte(db, "瑞安丙科技有限公司", new(2025, 5, 10));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Draft_GrowingWithoutTargets_Praises()
    {
        var doc = await DraftAsync(Yueqing);

        Assert.StartsWith("一是技术市场交易成效明显。全年登记技术合同2项，同比增长100.00%；合同成交额1,200.00万元，同比增长20.00%", Contracts(doc));
        Assert.DoesNotContain(doc.Problems.Paragraphs, p => p.Text.Contains("技术合同", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_Falling_NoPraiseAndAProblem()
    {
        var doc = await DraftAsync(Wencheng);

        Assert.StartsWith("一是技术市场交易有待加强。全年登记技术合同1项，同比下降50.00%；合同成交额30.00万元，同比下降70.00%", Contracts(doc));
        var problems = Problems(doc);
        Assert.Contains("技术合同数同比下降50.00%", problems);
        Assert.Contains("技术合同成交额同比下降70.00%", problems);
    }

    [Fact]
    public async Task Draft_BehindTimeProgress_NoPraiseAndAProblem()
    {
        var doc = await DraftAsync(Taishun);

        // No last year: the count is neutral; 成交额 10.00% of the task at December is behind.
        Assert.StartsWith("一是技术市场交易有待加强。全年登记技术合同1项；合同成交额100.00万元，完成年度任务的10.00%", Contracts(doc));
        Assert.Contains("技术合同成交额完成0.01亿元，完成率10.00%，未完成年度目标任务", Problems(doc));
    }

    [Fact]
    public async Task Draft_Mixed_SaysBoth()
    {
        var doc = await DraftAsync(Cangnan);

        Assert.StartsWith("一是技术市场交易中，技术合同登记数同比增长，但技术合同成交额同比下降，技术交易额同比下降。全年登记技术合同2项，同比增长100.00%", Contracts(doc));
        Assert.Contains("技术合同成交额同比下降60.00%", Problems(doc));
        Assert.DoesNotContain("技术合同数同比", Problems(doc));
    }

    [Fact]
    public async Task Draft_HteTotalUpNewDown_SaysBoth_AndTheFallIsAProblem()
    {
        var doc = await DraftAsync(Ruian);

        var enterprises = string.Join("\n", doc.Sections.Single(s => s.Module == EnterpriseIndicators.RegisterName).Paragraphs.Select(p => p.Text));
        Assert.StartsWith("一是高新技术企业培育中，有效高新技术企业总数同比增长，但新认定高新技术企业数同比下降。全年新认定高新技术企业1家，同比下降50.00%", enterprises);
        Assert.Contains("有效高新技术企业达到3家，同比增长50.00%", enterprises);
        Assert.Contains("新认定高新技术企业数同比下降50.00%", Problems(doc));
    }

    [Fact]
    public async Task Draft_NoTargetNoLastYear_Neutral()
    {
        var doc = await DraftAsync(Ruian);

        Assert.StartsWith("一是技术市场交易方面，全年登记技术合同1项；合同成交额10.00万元", Contracts(doc));
        // Nothing to fall from or fall behind (its last place among the six is a problem of its own, §8).
        Assert.DoesNotMatch("(技术合同|技术交易)[^\n]*(同比|序时进度|未完成)", Problems(doc));
    }

    [Fact]
    public async Task Draft_ExactlyAtTimeProgressAndFlat_Praises()
    {
        var doc = await DraftAsync(Dongtou, "H1");

        // 0.02 of 0.04亿元 = 50.00% at June, time progress 6/12 = 50.00%: on schedule; 200万 vs 200万: 同比持平.
        Assert.StartsWith("一是技术市场交易稳步推进。上半年登记技术合同1项，同比持平；合同成交额200.00万元，同比持平，完成年度任务的50.00%", Contracts(doc));
        Assert.DoesNotContain("技术合同", Problems(doc));
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public async Task Plan_GroupsAimsByArea_WithGrowthAgainstThisYear()
    {
        var doc = await DraftAsync(Yueqing);

        Assert.Equal(
        [
            "一是研发投入：2026年力争全社会R&D经费投入达到5.00亿元（同比增长25.00%）。",
            "二是企业培育：2026年力争新认定高新技术企业数达到1家。",
            "三是技术市场：2026年力争技术合同数达到3项（同比增长50.00%）；力争技术交易额达到0.12亿元（同比持平）。",
        ], doc.Plan.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain("地区生产总值", doc.Plan.DraftedText);
    }

    [Fact]
    public async Task Plan_TargetBelowThisYear_LeftOutAndWarned_AlsoInTheJson()
    {
        var doc = await DraftAsync(Yueqing);

        Assert.DoesNotContain("技术合同成交额", doc.Plan.DraftedText);
        var warning = Assert.Single(doc.Warnings);
        Assert.Equal(("tech_contract_turnover", "技术合同成交额2026年目标任务0.10亿元低于2025年全年完成的0.12亿元，未写入工作思路，请核对目标任务"),
            (warning.Indicator, warning.Message));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(doc, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        Assert.Equal("tech_contract_turnover", json.RootElement.GetProperty("warnings")[0].GetProperty("indicator").GetString());
    }

    [Fact]
    public async Task Overview_ClosedYearBehind_CountsAndHeadline()
    {
        var doc = await DraftAsync(Taishun);

        // One task (成交额 0.01 of 0.10亿元 at December: not done); the contract section's headline with its figures.
        var text = Assert.Single(doc.Overview).Text;
        Assert.StartsWith("2025年全年，泰顺县科学技术局紧扣年度考核目标推进科技创新工作。有目标任务的1项考核指标中，0项完成年度目标任务，1项未完成（技术合同成交额）。", text);
        Assert.EndsWith("全年登记技术合同1项、成交额100.00万元。现将有关情况总结如下。", text);
    }

    [Fact]
    public async Task Overview_HalfYearExactlyAtTimeProgress_Reached()
    {
        var doc = await DraftAsync(Dongtou, "H1");

        Assert.Contains("有目标任务的1项考核指标中，1项达到序时进度。", Assert.Single(doc.Overview).Text);
    }

    [Fact]
    public async Task Overview_Ranks_AmongTheSixCountiesWithContracts()
    {
        var doc = await DraftAsync(Yueqing);

        // 乐清 leads all three contract indicators among the six counties with contracts in 2025 (合同数 tied with 苍南 at 2).
        Assert.Contains("在全市有数据的同级地区中，参与排名的3项指标中3项居前三，其中技术合同数全市第1/6、技术合同成交额全市第1/6、技术交易额全市第1/6。",
            Assert.Single(doc.Overview).Text);
    }

    [Fact]
    public async Task TrendChart_HeadlineIndicatorMonthByMonth_ThisYearAgainstLast()
    {
        var doc = await DraftAsync(Taishun);

        // 技术合同数 is 泰顺's first assessed indicator with figures: its one contract registered on 2025-04-01.
        var chart = doc.Charts.Single(c => c.Kind == SummaryChart.Line);
        Assert.Equal("技术合同数逐月累计", chart.Title);
        Assert.Equal([0m, 0m, 0m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m], chart.Series[0].Values);
        Assert.Equal("2025年", chart.Series[0].Name);
        // One task only: no completion chart.
        Assert.DoesNotContain(doc.Charts, c => c.Kind == SummaryChart.Bar);
    }

    /// <summary>The contract section without its ranks (six counties have contracts; the ranks are not the point here).</summary>
    private static string Contracts(SummaryDocument doc) => Regex.Replace(
        string.Join("\n", doc.Sections.Single(s => s.Module == ContractIndicatorCalculator.RegisterName).Paragraphs.Select(p => p.Text)), "，全市排名第[0-9]+", "");

    private static string Problems(SummaryDocument doc) => string.Join("\n", doc.Problems.Paragraphs.Select(p => p.Text));

    private static void Hte(KechuangDbContext db, string name, DateOnly issued)
    {
        var enterprise = new Enterprise { Name = name, Uscc = NewUscc(Ruian), RegionCode = Ruian };
        db.Enterprises.Add(enterprise);
        db.Qualifications.Add(new Qualification
        {
            EnterpriseId = enterprise.Id, Type = QualificationType.HighTech, Number = "GR" + NewNumber(), IssuedOn = issued, ExpiresOn = issued.AddYears(3).AddDays(-1),
        });
    }

    private async Task RegisteredAsync(string region, decimal turnover, DateOnly on)
    {
        await using var scope = database.Scope();
        var request = Request(region, turnover, turnover, on.AddDays(-20), on.AddDays(-10), "transfer");
        var created = await scope.ServiceProvider.GetRequiredService<CreateContract>().HandleAsync(Admin, request);
        await scope.ServiceProvider.GetRequiredService<RegisterContract>().HandleAsync(Admin, created.Id, new RegisterContractRequest(on));
    }

    private async Task TargetAsync(string code, string region, int year, decimal value)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<PutTarget>().HandleAsync(Admin, code, region, year, new TargetRequest(value, null, null));
    }

    private async Task ValueAsync(string code, string region, int year, int month, decimal value)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<PutValue>().HandleAsync(Admin, code, region, year, month, new ValueRequest(value, null, null));
    }

    private async Task<SummaryDocument> DraftAsync(string region, string period = "FY")
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<GetSummary>().HandleAsync(As(Roles.Leader, region), region, 2025, period);
    }
}
