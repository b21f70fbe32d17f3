using System.Text.RegularExpressions;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Demo;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Rules;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Derived;
using Kechuang.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Demo;

/// <summary>The demo, seeded once on 4 December 2026 (China), for every test of <see cref="DemoRealismTests"/>.</summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public SqliteTestDatabase Database { get; } = new();

    /// <summary>The last complete year on the seeding day.</summary>
    public const int LastYear = 2025;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Database.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 10, 0, 0, Zh.Offset).ToUniversalTime());
        await using var scope = Database.Scope();
        await scope.ServiceProvider.GetRequiredService<SeedDemoData>().HandleAsync();
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}

/// <summary>
/// The demo survives a bureau chief's glance: Chinese names, a 技术领域 for every HTE, 平阳县 at its published 2022 scale
/// (R&amp;D 16.02亿元, 42 新认定高企, 150 科技型中小企业, 技术交易额 21.49亿元), 乐清 or 瑞安 leading the city, and no
/// reported figure that disagrees with its register.
/// </summary>
public sealed partial class DemoRealismTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private const string Pingyang = "330326";
    private static readonly string[] Largest = ["330381", "330382"];

    [GeneratedRegex(@"^[\u4e00-\u9fff（）0-9]{2,}$")]
    private static partial Regex ChineseName();

    [Fact]
    public async Task Names_AreChinese_ForEnterprisesContactsBuyersSellersAndUsers()
    {
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var names = new List<string>();
        names.AddRange(await db.Enterprises.Select(e => e.Name).ToListAsync());
        names.AddRange((await db.Enterprises.Select(e => e.ContactName).ToListAsync()).OfType<string>());
        names.AddRange(await db.TechContracts.Select(c => c.BuyerName).Distinct().ToListAsync());
        names.AddRange(await db.TechContracts.Select(c => c.SellerName).Distinct().ToListAsync());
        names.AddRange((await db.Users.Where(u => u.UserName != "admin").Select(u => u.DisplayName).ToListAsync()).OfType<string>());

        Assert.True(names.Count > 1000, $"{names.Count} names");
        var latin = names.Where(n => !ChineseName().IsMatch(n)).Distinct().Take(10).ToList();
        Assert.True(latin.Count == 0, "not Chinese: " + string.Join("、", latin));
    }

    [Fact]
    public async Task EveryHte_HasOneOfTheEightFields_AndTitlesAreConsistent()
    {
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var hteIds = await db.Qualifications.Where(q => q.Type == QualificationType.HighTech).Select(q => q.EnterpriseId).Distinct().ToListAsync();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => hteIds.Contains(e.Id)).ToListAsync();

        Assert.True(enterprises.Count > 1000, $"{enterprises.Count} HTEs");
        Assert.All(enterprises, e => Assert.True(TechnologyFields.IsSupported(e.TechnologyField), $"{e.Name}: 技术领域 {e.TechnologyField}"));
        // Every field a county's industry has shows up, not one field for all.
        Assert.True(enterprises.Select(e => e.TechnologyField).Distinct().Count() >= 5);
        // A title is never older than its enterprise.
        var titles = await db.Qualifications.AsNoTracking().ToListAsync();
        var founded = await db.Enterprises.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.FoundedOn);
        Assert.All(titles, t => Assert.True(founded[t.EnterpriseId] < t.IssuedOn, $"{t.Number} issued {t.IssuedOn}, founded {founded[t.EnterpriseId]}"));
    }

    [Fact]
    public async Task Pingyang_LastCompleteYear_IsAtItsPublishedScale()
    {
        var rows = await RowsAsync(SeededDemo.LastYear, 12);
        var py = rows[Pingyang];

        Near(py, "new_hte_count", DemoCounty.NewHtePerYear);
        Near(py, "tech_sme_count", DemoCounty.TechSmePerYear);
        Near(py, "rd_expenditure", DemoCounty.RdExpenditurePerYear);
        Near(py, "tech_transaction", DemoCounty.TechTransactionPerYear);
        // R&D intensity, computed from R&D and GDP, as in a real Zhejiang county.
        Assert.InRange(Actual(py, "rd_intensity"), 2m, 3.5m);
    }

    [Fact]
    public async Task Counties_AreInProportion_LeqingOrRuianLeads()
    {
        var rows = await RowsAsync(SeededDemo.LastYear, 12);
        var counties = DemoCounty.All.Select(c => c.Code).ToList();

        foreach (var code in new[] { "rd_expenditure", "hte_total", "high_tech_value_added", "patent_grants", "tech_transaction", "new_hte_count" })
        {
            var leader = counties.MaxBy(c => Actual(rows[c], code))!;
            Assert.True(Largest.Contains(leader), $"{code}: {leader} leads");
            var smallest = counties.MinBy(c => Actual(rows[c], code))!;
            Assert.True(smallest is "330305" or "330328" or "330329", $"{code}: {smallest} is the smallest");
        }
        foreach (var county in counties)
        {
            Assert.InRange(Actual(rows[county], "rd_intensity"), 1m, 3.5m);
            Assert.InRange(Actual(rows[county], "high_tech_value_added_share"), 35m, 75m);
            // A valid certificate runs three years: the total is about three years of new HTEs.
            var ratio = Actual(rows[county], "hte_total") / Actual(rows[county], "new_hte_count");
            Assert.InRange(ratio, 2.5m, 3.5m);
        }
        // A large county has several hundred HTEs.
        Assert.True(Largest.Max(c => Actual(rows[c], "hte_total")) >= 250m);
    }

    [Fact]
    public async Task Reported_EqualsDerived_WhereBothExist()
    {
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        // The demo reports no figure of an indicator the registers compute: nothing to disagree with.
        var derivedCodes = await db.Indicators.Where(i => i.Source == IndicatorWords.Derived).Select(i => i.Code).ToListAsync();
        Assert.False(await db.IndicatorValues.AnyAsync(v => derivedCodes.Contains(v.IndicatorCode)));

        foreach (var (year, month) in new[] { (SeededDemo.LastYear, 12), (2026, 11) })
        {
            var rows = await RowsAsync(year, month, withCity: true);
            var differs = rows.SelectMany(r => r.Value.Where(x => x.Differs).Select(x => $"{r.Key} {x.Code} {x.Reported} ≠ {x.Derived}")).ToList();
            Assert.True(differs.Count == 0, string.Join("; ", differs));
        }
        // The one deliberate correction is of a reported-only figure (专利申请量) and its note states the number taken off.
        var revision = Assert.Single(await db.IndicatorRevisions.AsNoTracking().ToListAsync());
        Assert.Equal("patent_applications", revision.IndicatorCode);
        Assert.Contains($" {revision.OldValue - revision.NewValue:0} 件", revision.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commissioners_EveryCountyAtItsPublishedScale_ServingSomeOfItsTowns()
    {
        var thisYear = await RowsAsync(2026, 11);
        var lastYear = await RowsAsync(SeededDemo.LastYear, 12);
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();

        foreach (var county in DemoCounty.All)
        {
            Assert.Equal(county.Commissioners, Actual(thisYear[county.Code], "commissioners"));
            Near(lastYear[county.Code], "commissioners", county.Commissioners);
            var towns = await db.Commissioners.Where(c => c.RegionCode == county.Code && c.Year == 2026)
                .SelectMany(c => c.Towns).Select(t => t.TownCode).Distinct().ToListAsync();
            Assert.NotEmpty(towns);
            Assert.All(towns, t => Assert.StartsWith(county.Code, t, StringComparison.Ordinal));
        }
    }

    private static void Near(IReadOnlyList<AssessmentRow> rows, string code, decimal scale)
    {
        var actual = Actual(rows, code);
        Assert.True(actual >= scale * 0.7m && actual <= scale * 1.3m, $"{code}: {actual} against {scale}");
    }

    private static decimal Actual(IReadOnlyList<AssessmentRow> rows, string code) =>
        rows.Single(r => r.Code == code).Actual ?? throw new InvalidOperationException($"{code} has no figure");

    private async Task<Dictionary<string, IReadOnlyList<AssessmentRow>>> RowsAsync(int year, int month, bool withCity = false)
    {
        await using var scope = demo.Database.Scope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<KechuangDbContext>();
        var builder = new AssessmentBuilder(db, services.GetRequiredService<DerivedFigures>());
        var indicators = await builder.IndicatorsAsync(CancellationToken.None);
        var rows = await builder.BuildAsync(indicators, await builder.GroupAsync(SeedDemoData.Prefecture, null, CancellationToken.None), year, month, CancellationToken.None);
        if (withCity)
        {
            var city = await db.Regions.AsNoTracking().SingleAsync(r => r.Code == SeedDemoData.Prefecture);
            foreach (var row in await builder.BuildAsync(indicators, [city], year, month, CancellationToken.None))
            {
                rows[row.Key] = row.Value;
            }
        }
        return rows;
    }
}
