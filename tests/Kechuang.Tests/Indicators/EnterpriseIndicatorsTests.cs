using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Demo;
using Kechuang.Enterprises;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Indicators;

public sealed class SqliteEnterpriseIndicatorsTests(SqliteTestDatabase db) : EnterpriseIndicatorsTests<SqliteTestDatabase>(db);

public sealed class PostgresEnterpriseIndicatorsTests(PostgresTestDatabase db) : EnterpriseIndicatorsTests<PostgresTestDatabase>(db);

/// <summary>The enterprise register's derived indicators against an independent count over the same generated records.</summary>
public abstract class EnterpriseIndicatorsTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private const int Year = 2025;
    private static readonly string[] Counties = ["330326", "330327", "330328"];
    private readonly List<GeneratedEnterprise> _generated = [];

    /// <summary>Seeds the class's database once; every test reads the records back for its independent count.</summary>
    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        if (!db.Enterprises.Any())
        {
            await SeedAsync(db, database.Clock.TodayInChina());
        }
        var quals = db.Qualifications.ToList().ToLookup(q => q.EnterpriseId);
        var years = db.EnterpriseYears.ToList().ToLookup(y => y.EnterpriseId);
        _generated.AddRange(db.Enterprises.ToList().Select(e => new GeneratedEnterprise(e, years[e.Id].ToList(), quals[e.Id].ToList())));
    }

    private static async Task SeedAsync(KechuangDbContext db, DateOnly today)
    {
        var generated = new List<GeneratedEnterprise>();
        var generator = new EnterpriseGenerator(seed: 11, today);
        for (var i = 0; i < 240; i++)
        {
            var county = Counties[i % 3];
            var next = generator.Next(county, "县", [], i);
            generated.Add(next);
            db.Enterprises.Add(next.Enterprise);
            db.EnterpriseYears.AddRange(next.Years);
            db.Qualifications.AddRange(next.Qualifications);
        }
        // A certificate revoked mid-year and one that expired mid-year: each leaves the HTE total that month.
        var revoked = generated[0];
        var expired = generated[1];
        var titles = new[]
        {
            new Qualification { EnterpriseId = revoked.Enterprise.Id, Type = QualificationType.HighTech, Number = "GR-T-1", IssuedOn = new(Year - 1, 5, 1), ExpiresOn = new(Year + 2, 5, 1), RevokedOn = new(Year, 7, 15) },
            new Qualification { EnterpriseId = expired.Enterprise.Id, Type = QualificationType.HighTech, Number = "GR-T-2", IssuedOn = new(Year - 3, 4, 1), ExpiresOn = new(Year, 4, 1) },
        };
        db.Qualifications.AddRange(titles);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(params string[] regions)
    {
        await using var scope = database.Scope();
        var calculator = new EnterpriseIndicators(scope.ServiceProvider.GetRequiredService<KechuangDbContext>());
        return await calculator.CalculateAsync(new DerivedFigureQuery(calculator.Codes, regions.Select(RegionCode.Parse).ToList(), Year), default);
    }

    private int Expected(string code, string county, int month)
    {
        var first = new DateOnly(Year, 1, 1);
        var end = new DateOnly(Year, month, 1).AddMonths(1).AddDays(-1);
        var mine = _generated.Where(g => g.Enterprise.RegionCode.StartsWith(county, StringComparison.Ordinal)).ToList();
        int Issued(string type) => mine.Count(g => g.Qualifications.Any(q => q.Type == type && q.IssuedOn >= first && q.IssuedOn <= end));
        var facts = mine.Where(g => g.Enterprise.AboveScale).SelectMany(g => g.Years.Where(y => y.Year == Year)).ToList();
        return code switch
        {
            EnterpriseIndicators.NewHte => Issued(QualificationType.HighTech),
            EnterpriseIndicators.TechSme => Issued(QualificationType.TechSme),
            EnterpriseIndicators.HteTotal => mine.Count(g => g.Qualifications.Any(q => q.Type == QualificationType.HighTech && q.IsValidOn(end))),
            EnterpriseIndicators.RdActive => facts.Count(f => f.RdExpense > 0),
            EnterpriseIndicators.Reporting => facts.Count,
            _ => throw new ArgumentOutOfRangeException(nameof(code)),
        };
    }

    [Fact]
    public async Task EveryCountyAndMonth_MatchesAnIndependentCount()
    {
        var figures = await CalculateAsync(Counties);

        foreach (var code in new[] { EnterpriseIndicators.NewHte, EnterpriseIndicators.TechSme, EnterpriseIndicators.HteTotal, EnterpriseIndicators.RdActive, EnterpriseIndicators.Reporting })
        {
            foreach (var county in Counties)
            {
                foreach (var month in new[] { 1, 3, 4, 7, 8, 12 })
                {
                    var figure = figures.SingleOrDefault(f => f.Code == code && f.RegionCode == county && f.Month == month);
                    Assert.True(Expected(code, county, month) == (int)(figure?.Value ?? 0), $"{code} {county} {month}月");
                }
            }
        }
        Assert.Contains(figures, f => f.Code == EnterpriseIndicators.HteTotal && f.Value > 0);
    }

    [Fact]
    public async Task APrefecture_CountsEverythingUnderIt()
    {
        var figures = await CalculateAsync("330300", "330100");

        var wenzhou = figures.Single(f => f.Code == EnterpriseIndicators.HteTotal && f.RegionCode == "330300" && f.Month == 12);
        Assert.Equal(Expected(EnterpriseIndicators.HteTotal, "3303", 12), (int)wenzhou.Value);
        // 杭州 has no enterprise: its register is not in use, so no figure at all, not 0 (docs/domain.md §3, Rank).
        Assert.DoesNotContain(figures, f => f.RegionCode == "330100");
    }

    /// <summary>
    /// Through the derived figures a city's and the province's figures are the sums of their counties' (ADR 0025): they
    /// must equal the calculator's own count over the whole region, and a region without enterprises still gets none.
    /// </summary>
    [Fact]
    public async Task SummedFromCounties_EqualsTheDirectCountOfEachRegion()
    {
        string[] regions = ["330300", "330000", "330100", "330326", "330329"];
        var direct = await CalculateAsync(regions);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var calculator = new EnterpriseIndicators(db);
        var indicators = calculator.Codes.Select(c => new Kechuang.Indicators.Indicator { Code = c, Name = c, Unit = "家", Kind = Kechuang.Indicators.IndicatorWords.Stock }).ToList();
        var loaded = await new DerivedFigures(db, [calculator], new DerivedFigureCache(), database.Clock)
            .LoadAsync(indicators, [.. regions.Select(RegionCode.Parse)], [Year], default);

        Assert.Equal(
            direct.Select(f => $"{f.Code} {f.RegionCode} {f.Month} {f.Value}").Order(),
            loaded.Select(f => $"{f.Key.Code} {f.Key.Region} {f.Key.Month} {f.Value}").Order());
        Assert.Contains(loaded, f => f.Key.Region == "330000" && f.Key.Code == EnterpriseIndicators.HteTotal && f.Value > 0);
        Assert.DoesNotContain(loaded, f => f.Key.Region is "330100" or "330329");
    }

    [Fact]
    public async Task ACountyWithoutEnterprises_GetsNoFigure()
    {
        var figures = await CalculateAsync([.. Counties, "330329"]);

        Assert.DoesNotContain(figures, f => f.RegionCode == "330329");
        Assert.All(Counties, c => Assert.Contains(figures, f => f.RegionCode == c && f.Code == EnterpriseIndicators.HteTotal));
    }

    [Fact]
    public async Task RevokedAndExpiredCertificates_LeaveTheTotalFromThatMonth()
    {
        var owner = _generated.Single(g => g.Qualifications.Any(q => q.Number == "GR-T-1"));
        var title = owner.Qualifications.Single(q => q.Number == "GR-T-1");
        var county = owner.Enterprise.RegionCode;
        var figures = await CalculateAsync(county);
        int Total(int month) => (int)figures.Single(f => f.Code == EnterpriseIndicators.HteTotal && f.RegionCode == county && f.Month == month).Value;

        Assert.Equal(Expected(EnterpriseIndicators.HteTotal, county, 6), Total(6));
        Assert.Equal(Expected(EnterpriseIndicators.HteTotal, county, 7), Total(7));
        Assert.True(title.IsValidOn(new DateOnly(Year, 6, 30)));
        Assert.False(title.IsValidOn(new DateOnly(Year, 7, 31)));
    }
}
