using System.Globalization;
using Kechuang.Common;
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

public sealed class SqliteSummaryDraftTests(SqliteTestDatabase db) : SummaryDraftTests<SqliteTestDatabase>(db);

public sealed class PostgresSummaryDraftTests(PostgresTestDatabase db) : SummaryDraftTests<PostgresTestDatabase>(db);

/// <summary>
/// The work summary drafted from a small known data set (fixture clock: 2026-03-01, so 2025 is closed and 2026 open at
/// February): every figure against a computation in the test, left-out modules, freezing, narrative and access.
/// </summary>
public abstract class SummaryDraftTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private const string Pingyang = "330326";
    private const string Cangnan = "330327";
    private const string Wencheng = "330328";
    private const string Taishun = "330329";
    private const string Lucheng = "330302";

    // Registered contracts of 平阳县: (type, 成交额, 技术交易额, registration date).
    private static readonly (string Type, decimal Turnover, decimal Tech, DateOnly On)[] PingyangContracts =
    [
        ("development_commissioned", 1_200_000m, 1_000_000m, new(2025, 3, 10)),
        ("development_cooperative", 800_000m, 700_000m, new(2025, 6, 20)),
        ("service", 300_000m, 250_000m, new(2025, 9, 1)),
        ("transfer", 500_000m, 500_000m, new(2025, 12, 31)),
        ("consulting", 100_000m, 90_000m, new(2024, 5, 5)),
        ("service", 200_000m, 200_000m, new(2024, 11, 11)),
    ];

    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        if (db.TechContracts.Any(c => c.SellerRegionCode == Pingyang))
        {
            return;
        }
        foreach (var (type, turnover, tech, on) in PingyangContracts)
        {
            await RegisteredAsync(Pingyang, type, turnover, tech, on);
        }
        // R&D spending (reported, 亿元): 平阳 9.5 of 10 with 8.0 the year before; 苍南 12, 鹿城 10 — 平阳 is last of three.
        await TargetAsync("rd_expenditure", Pingyang, 2025, 10m);
        await ValueAsync("rd_expenditure", Pingyang, 2025, 12, 9.5m);
        await ValueAsync("rd_expenditure", Pingyang, 2024, 12, 8m);
        await ValueAsync("rd_expenditure", Cangnan, 2025, 12, 12m);
        await ValueAsync("rd_expenditure", Lucheng, 2025, 12, 10m);
        await ValueAsync("rd_expenditure", Pingyang, 2025, 6, 4m);
        await TargetAsync("tech_contract_turnover", Pingyang, 2025, 0.025m);
        await TargetAsync("new_hte_count", Pingyang, 2026, 5m);
        // 泰顺 has only one reported figure: no enterprise or contract section.
        await ValueAsync("patent_applications", Taishun, 2025, 12, 120m);

        // Enterprises of 平阳: two HTEs recognised in 2025, one in 2023 still valid, one expired in 2024.
        Enterprise(db, "平阳甲科技有限公司", new(2025, 11, 20), new(2028, 11, 19));
        Enterprise(db, "平阳乙科技有限公司", new(2025, 12, 5), new(2028, 12, 4));
        Enterprise(db, "平阳丙科技有限公司", new(2023, 10, 1), new(2026, 9, 30));
        Enterprise(db, "平阳丁科技有限公司", new(2021, 10, 1), new(2024, 9, 30));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static void Enterprise(KechuangDbContext db, string name, DateOnly issued, DateOnly expires)
    {
        var enterprise = new Enterprise { Name = name, Uscc = NewUscc(), RegionCode = Pingyang };
        db.Enterprises.Add(enterprise);
        db.Qualifications.Add(new Qualification
        {
            EnterpriseId = enterprise.Id, Type = QualificationType.HighTech, Number = "GR" + name.GetHashCode().ToString("X8", CultureInfo.InvariantCulture),
            IssuedOn = issued, ExpiresOn = expires,
        });
    }

    private async Task<ContractDto> RegisteredAsync(string region, string type, decimal turnover, decimal tech, DateOnly on)
    {
        await using var scope = database.Scope();
        var request = Request(region, turnover, tech, on.AddDays(-20), on.AddDays(-10), type);
        var created = await scope.ServiceProvider.GetRequiredService<CreateContract>().HandleAsync(Admin, request);
        return await scope.ServiceProvider.GetRequiredService<RegisterContract>().HandleAsync(Admin, created.Id, new RegisterContractRequest(on));
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

    private Task<SummaryDocument> DraftAsync(string region, int year, string period = "FY", Caller? caller = null) =>
        database.RunAsync<GetSummary, SummaryDocument>(h => h.HandleAsync(caller ?? As(Roles.Leader, region), region, year, period));

    private static string AllText(SummaryDocument doc) => string.Join("\n", doc.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text));

    private static string Wan(decimal yuan) => (yuan / 10_000m).ToString("N2", CultureInfo.GetCultureInfo("zh-CN")) + "万元";

    private static string Percent(decimal fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    [Fact]
    public async Task Draft_ClosedYear_ContractFiguresEqualTheRegister()
    {
        var doc = await DraftAsync(Pingyang, 2025);

        var now = PingyangContracts.Where(c => c.On.Year == 2025).ToList();
        var last = PingyangContracts.Where(c => c.On.Year == 2024).ToList();
        var turnover = now.Sum(c => c.Turnover);
        var growth = (turnover - last.Sum(c => c.Turnover)) / last.Sum(c => c.Turnover);
        var text = AllText(doc);
        Assert.Equal("平阳县科学技术局2025年工作总结", doc.Title);
        Assert.Contains($"全年登记技术合同{now.Count}项，同比增长{Percent((now.Count - last.Count) / (decimal)last.Count)}", text);
        Assert.Contains($"合同成交额{Wan(turnover)}，同比增长{Percent(growth)}，超额完成年度任务（完成率{Percent(turnover / 2_500_000m)}）", text);
        Assert.Contains($"技术交易额{Wan(now.Sum(c => c.Tech))}", text);
        // Development contracts (two sub-types) lead by 成交额.
        var development = now.Where(c => c.Type.StartsWith("development", StringComparison.Ordinal)).ToList();
        Assert.Contains($"技术开发合同{development.Count}项，成交额{Wan(development.Sum(c => c.Turnover))}，占合同成交额的{Percent(development.Sum(c => c.Turnover) / turnover)}", text);
        Assert.All(doc.Figures, f => Assert.Equal(Zh.Amount(f.Value, f.Unit), f.Text));
    }

    [Fact]
    public async Task Draft_ClosedYear_EnterpriseFiguresCountValidCertificates()
    {
        var doc = await DraftAsync(Pingyang, 2025);

        var text = AllText(doc);
        // New in 2025: 甲 and 乙; valid on 2025-12-31: 甲, 乙, 丙 (丁 expired); on 2024-12-31 only 丙.
        Assert.Contains("全年新认定高新技术企业2家", text);
        Assert.Contains("有效高新技术企业达到3家，同比增长200.00%", text);
        Assert.DoesNotContain("科技型中小企业", text);
    }

    [Fact]
    public async Task Draft_City_EnterpriseFiguresSumItsCounties()
    {
        // The city's counts are its counties' figures added up (DerivedFigures.OfAsync): here only 平阳 has titles.
        var doc = await DraftAsync("330300", 2025, caller: As(Roles.Leader, "330300"));

        var text = AllText(doc);
        Assert.Contains("全年新认定高新技术企业2家", text);
        Assert.Contains("全市有效高新技术企业达到3家，同比增长200.00%", text);
        var figure = Assert.Single(doc.Figures, f => f.Id == "enterprises.hte_total");
        Assert.Equal(3m, figure.Value);
        Assert.Equal("330300", figure.Trace.RegionCode);
    }

    [Fact]
    public async Task Draft_IndicatorTable_PrintsReportedFigureWithCompletionYoyAndRank()
    {
        var doc = await DraftAsync(Pingyang, 2025);

        var row = Assert.Single(doc.Indicators, r => r.Code == "rd_expenditure");
        Assert.Equal(("10.00亿元", "9.50亿元", "95.00%", "同比增长18.75%", "全市第3/3"),
            (row.Target.Text, row.Actual.Text, row.Completion.Text, row.Yoy.Text, row.Rank.Text));
        // Indicators nobody reported and no register feeds are left out, never printed as 0.
        Assert.DoesNotContain(doc.Indicators, r => r.Code == "patent_applications");
        Assert.DoesNotContain(doc.Indicators, r => r.Actual.Text is "0家" or "0项" or "0.00亿元");
        Assert.Equal(Enumerable.Range(1, doc.Indicators.Count), doc.Indicators.Select(r => r.No));
    }

    [Fact]
    public async Task Draft_RegisterFiguresWithFewerThanThreeCountiesInUse_PrintNoRank()
    {
        var doc = await DraftAsync(Pingyang, 2025);

        // Only 平阳's enterprise register is in use (the other counties have no enterprise): no rank, in words or table.
        var enterprises = Assert.Single(doc.Sections, s => s.Module == EnterpriseIndicators.RegisterName);
        Assert.DoesNotContain("排名", string.Join("\n", enterprises.Paragraphs.Select(p => p.Text)));
        Assert.Equal("—", doc.Indicators.Single(r => r.Code == "hte_total").Rank.Text);
        Assert.Equal("—", doc.Indicators.Single(r => r.Code == "new_hte_count").Rank.Text);
    }

    [Fact]
    public async Task Draft_City_AloneWithDataAmongThePrefectures_PrintsNoProvinceRank()
    {
        var doc = await DraftAsync("330300", 2025, caller: As(Roles.Leader, "330300"));

        Assert.DoesNotContain("全省排名", AllText(doc));
        Assert.DoesNotContain("全省排名", string.Join("\n", doc.Problems.Paragraphs.Select(p => p.Text)));
        Assert.All(doc.Indicators, r => Assert.Equal("—", r.Rank.Text));
    }

    [Fact]
    public async Task Draft_Problems_NameTheShortfallAndLastPlace()
    {
        var doc = await DraftAsync(Pingyang, 2025);

        var problems = string.Join("\n", doc.Problems.Paragraphs.Select(p => p.Text));
        Assert.Contains("全社会R&D经费投入完成9.50亿元，完成率95.00%，未完成年度目标任务，全市排名第3，居末位。", problems);
        var plan = Assert.Single(doc.Plan.Paragraphs).Text;
        // 2 new HTEs in 2025 (the register), 5 aimed at in 2026: +150%.
        Assert.Equal("一是企业培育：2026年力争新认定高新技术企业数达到5家（同比增长150.00%）。", plan);
    }

    [Fact]
    public async Task Draft_FirstHalf_ReadsJuneAndSaysSo()
    {
        var doc = await DraftAsync(Pingyang, 2025, "H1");

        Assert.Equal(("平阳县科学技术局2025年上半年工作总结", 6, false), (doc.Title, doc.Month, doc.Open));
        Assert.Contains("上半年登记技术合同2项", AllText(doc));
        Assert.Equal("4.00亿元", doc.Indicators.Single(r => r.Code == "rd_expenditure").Actual.Text);
        // Behind time progress (40% at June): the second half must reach this year's target.
        Assert.Equal("一是研发投入：下半年力争全年全社会R&D经费投入达到10.00亿元。", Assert.Single(doc.Plan.Paragraphs).Text);
        Assert.Equal("下半年工作思路", doc.PlanHeading);
    }

    [Fact]
    public async Task Draft_OpenPeriod_TitleSaysUpToTheLastEndedMonth()
    {
        await TargetAsync("rd_expenditure", Wencheng, 2026, 3m);
        await ValueAsync("rd_expenditure", Wencheng, 2026, 2, 0.4m);

        var doc = await DraftAsync(Wencheng, 2026);

        Assert.Equal(("文成县科学技术局2026年工作总结（截至2月）", 2, true), (doc.Title, doc.Month, doc.Open));
        Assert.Contains("低于16.67%的序时进度", string.Join("", doc.Problems.Paragraphs.Select(p => p.Text)));
    }

    [Fact]
    public async Task Draft_RegionWithOnlyAReportedFigure_LeavesModulesOut()
    {
        var doc = await DraftAsync(Taishun, 2025);

        Assert.Empty(doc.Sections);
        Assert.Equal("120件", Assert.Single(doc.Indicators).Actual.Text);
        Assert.True(doc.Plan.IsEmpty);
    }

    [Fact]
    public async Task Draft_YearWithoutAnyData_ExplainsInsteadOfAnEmptyDocument()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => DraftAsync(Pingyang, 2019));

        Assert.Equal("平阳县2019年全年没有任何指标数据或登记记录，无法生成工作总结", error.Message);
    }

    [Fact]
    public async Task Draft_City_SummarisesItsCounties()
    {
        var doc = await DraftAsync("330300", 2025, caller: As(Roles.Leader, "330300"));

        var counties = Assert.Single(doc.Sections, s => s.Module == CountySummarySection.Name);
        var header = counties.Table!.Rows[0].Select(c => c.Text).ToList();
        Assert.Contains("全社会R&D经费投入（亿元）", header);
        var pingyang = counties.Table.Rows.Single(r => r[0].Text == "平阳县");
        Assert.Equal("9.50亿元 （95.00%）", pingyang[header.IndexOf("全社会R&D经费投入（亿元）")].Text);
        Assert.Contains(counties.Paragraphs, p => p.Text == "全社会R&D经费投入居前的是苍南县（12.00亿元）、鹿城区（10.00亿元），平阳县（9.50亿元）居末位。");
    }

    [Fact]
    public async Task Trace_ContractCount_ListsTheRegisteredContracts()
    {
        var trace = await database.RunAsync<TraceSummaryFigure, SummaryFigureTrace>(h => h.HandleAsync(As(Roles.Staff, Pingyang), Pingyang, 2025, "FY", "contracts.count"));

        Assert.Equal(4, trace.Records.Total);
        Assert.Equal(
            PingyangContracts.Where(c => c.On.Year == 2025).Select(c => Wan(c.Turnover)).Order(),
            trace.Records.Rows.Select(r => r[trace.Records.Columns.ToList().IndexOf("成交额")]).Order());
    }

    [Fact]
    public async Task Trace_ReportedIndicator_ListsItsEntries()
    {
        var trace = await database.RunAsync<TraceSummaryFigure, SummaryFigureTrace>(h => h.HandleAsync(As(Roles.Staff, Pingyang), Pingyang, 2025, "FY", "indicator.rd_expenditure"));

        var row = Assert.Single(trace.Records.Rows);
        Assert.Equal(("手工录入", "9.5"), (row[2], row[4]));
    }

    [Fact]
    public async Task Freeze_ThenTheRegisterChanges_KeepsItsNumbersAndListsTheChange()
    {
        const string Dongtou = "330305";
        await RegisteredAsync(Dongtou, "transfer", 1_000_000m, 900_000m, new(2025, 4, 1));
        var staff = As(Roles.Staff, Dongtou);
        var key = new SummaryKey(Dongtou, 2025, "FY");
        var frozen = await database.RunAsync<FreezeSummary, SummaryDocument>(h => h.HandleAsync(staff, key));

        await RegisteredAsync(Dongtou, "transfer", 3_000_000m, 2_000_000m, new(2025, 8, 1));
        var later = await DraftAsync(Dongtou, 2025);

        Assert.True(later.State.Frozen);
        Assert.Contains("全年登记技术合同1项", AllText(later));
        Assert.Equal(frozen.Figures.Select(f => f.Text), later.Figures.Select(f => f.Text));
        Assert.Contains(later.State.Changes, c => c.FigureId == "contracts.count" && c.Frozen == "1项" && c.Now == "2项");
        await Assert.ThrowsAsync<ConflictException>(() =>
            database.RunAsync<SaveSummaryNarrative, SummaryDocument>(h => h.HandleAsync(staff, new SummaryNarrativeRequest(Dongtou, 2025, "FY", "改", null))));

        var live = await database.RunAsync<UnfreezeSummary, SummaryDocument>(h => h.HandleAsync(staff, key));
        Assert.Contains("全年登记技术合同2项", AllText(live));
    }

    [Fact]
    public async Task SaveNarrative_MarkupAndControlCharacters_StoredAsPlainText()
    {
        const string Rui = "330381";
        await RegisteredAsync(Rui, "transfer", 1_000_000m, 900_000m, new(2025, 4, 1));
        var saved = await database.RunAsync<SaveSummaryNarrative, SummaryDocument>(h => h.HandleAsync(As(Roles.Staff, Rui),
            new SummaryNarrativeRequest(Rui, 2025, "FY", "<script>alert(1)</script>\u0007 一是**资金**不足\r\n\r\n二是人才短缺\u200b", null)));

        Assert.Equal(["<script>alert(1)</script> 一是**资金**不足", "二是人才短缺"], saved.Problems.Paragraphs.Select(p => p.Text));
        Assert.Null(saved.Plan.Edited);
        var reread = await DraftAsync(Rui, 2025);
        Assert.Equal("<script>alert(1)</script> 一是**资金**不足\n二是人才短缺", reread.Problems.Edited);
    }

    [Fact]
    public async Task Access_OutsideTheArea_OrWrongRole_IsDenied()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => DraftAsync(Pingyang, 2025, caller: As(Roles.Leader, Cangnan)));
        await Assert.ThrowsAsync<ForbiddenException>(() => DraftAsync(Pingyang, 2025, caller: As(Roles.Enterprise, Pingyang, Guid.NewGuid())));
        await Assert.ThrowsAsync<ForbiddenException>(() => database.RunAsync<FreezeSummary, SummaryDocument>(h =>
            h.HandleAsync(As(Roles.Leader, Pingyang), new SummaryKey(Pingyang, 2025, "FY"))));
        await Assert.ThrowsAsync<ForbiddenException>(() => database.RunAsync<SaveSummaryNarrative, SummaryDocument>(h =>
            h.HandleAsync(As(Roles.Staff, Cangnan), new SummaryNarrativeRequest(Pingyang, 2025, "FY", "x", null))));
    }

    [Fact]
    public async Task Draft_BadPeriodOrFutureYear_Rejected()
    {
        var period = await Assert.ThrowsAsync<ValidationFailedException>(() => DraftAsync(Pingyang, 2025, "Q3"));
        Assert.Contains("period", period.Errors.Keys);
        var future = await Assert.ThrowsAsync<ValidationFailedException>(() => DraftAsync(Pingyang, 2027));
        Assert.Contains("year", future.Errors.Keys);
    }
}
