using System.Text.Json;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Demo;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Evaluations;
using Kechuang.Enterprises.Rules;
using Kechuang.IntellectualProperty;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Enterprises;

public sealed class SqliteBatchEvaluationTests(SqliteTestDatabase db) : BatchEvaluationTests<SqliteTestDatabase>(db);

public sealed class PostgresBatchEvaluationTests(PostgresTestDatabase db) : BatchEvaluationTests<PostgresTestDatabase>(db);

/// <summary>
/// The batch evaluation's fast path (one ordered stream, docs/architecture.md §8.1) against the single-enterprise
/// evaluations on a register of 10,000 enterprises placed at every threshold of the HTE and 科技型中小企业 rules:
/// exactly at it, one unit (a person, a fen, a day, a patent) below and above. Results and traces must be equal.
/// </summary>
public abstract class BatchEvaluationTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const int Count = 10_000;
    private const string County = "330326";
    private static readonly Caller Staff = new("t", "t", new HashSet<string> { Roles.Staff }, RegionCode.Parse(County), null);

    [Fact]
    public async Task FastPath_AgreesWithTheSingleEvaluations_AtEveryBandEdge()
    {
        var today = database.Clock.TodayInChina();
        var year = today.Year - 1;
        await SeedAsync(today, year);

        List<(Guid Id, string Hte, string TechSme, Evaluated Evaluated)> fast;
        List<CultivationRow> rows;
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            fast = await RegionEvaluation.EachAsync(db, EnterpriseAccess.Scoped(db, Staff, null), year, today,
                e => (e.Id, Json(e.Hte), Json(e.TechSme), e), CancellationToken.None);
            rows = await scope.ServiceProvider.GetRequiredService<EvaluateRegion>().EvaluateAllAsync(Staff, null, year, today, CancellationToken.None);
        }
        Assert.Equal(Count, fast.Count);
        Assert.Equal(Count, fast.Select(f => f.Id).Distinct().Count());
        Assert.Equal(Count, rows.Count);
        var rowById = rows.ToDictionary(r => r.EnterpriseId);

        var hteVerdicts = new HashSet<string>();
        var smeVerdicts = new HashSet<string>();
        var outcomes = new HashSet<(string Code, bool? Passed)>();
        for (var start = 0; start < fast.Count; start += 500)
        {
            await using var scope = database.Scope();
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            var hte = scope.ServiceProvider.GetRequiredService<EvaluateHte>();
            var sme = scope.ServiceProvider.GetRequiredService<EvaluateTechSme>();
            foreach (var (id, fastHte, fastSme, evaluated) in fast.Skip(start).Take(500))
            {
                var single = await hte.HandleAsync(Staff, id, year, today);
                var singleSme = await sme.HandleAsync(Staff, id, year);
                Assert.Equal(Json(single), fastHte);
                Assert.Equal(Json(singleSme), fastSme);

                var titles = await db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == id).ToListAsync();
                var hteTitle = titles.Where(q => q.Type == QualificationType.HighTech && q.IsValidOn(today)).MaxBy(q => q.ExpiresOn);
                var row = rowById[id];
                Assert.Equal(
                    (hteTitle is not null, hteTitle?.ExpiresOn, single.Verdict, single.ScoreMin, single.ScoreMax,
                        single.Conditions.Count(c => c.Passed == false), single.Conditions.Count(c => c.Passed is null),
                        string.Join("\n", single.Conditions.Where(c => c.Passed == false).Select(c => c.Message)),
                        singleSme.Verdict, singleSme.Score, string.Join("\n", singleSme.Conditions.Where(c => c.Passed == false).Select(c => c.Message))),
                    (row.HoldsHte, row.HteExpiresOn, row.HteVerdict, row.HteScoreMin, row.HteScoreMax, row.HteFailed, row.HteUnknown,
                        string.Join("\n", row.HteGaps), row.TechSmeVerdict, row.TechSmeScore, string.Join("\n", row.TechSmeGaps)));
                Assert.Equal("平阳县", row.RegionName);
                Assert.Equal(evaluated.Name, row.Name);

                hteVerdicts.Add(single.Verdict);
                smeVerdicts.Add(singleSme.Verdict);
                outcomes.UnionWith(single.Conditions.Concat(singleSme.Conditions).Select(c => (c.Code, c.Passed)));
            }
        }

        // The register reaches both sides of every condition, so the comparison above covers each branch.
        Assert.Equal(3, hteVerdicts.Count);
        Assert.Equal(2, smeVerdicts.Count);
        foreach (var code in new[] { "registeredOneYear", "coreIp", "supportedField", "techStaffShare", "rdExpenseRatio", "rdDomesticShare",
            "highTechIncomeShare", "innovationScore", "noMajorViolation", "staffLimit", "salesLimit", "assetsLimit", "score", "techStaffPoints" })
        {
            Assert.Contains((code, true), outcomes);
            Assert.Contains((code, false), outcomes);
        }

        // The order is the one the cultivation view has always used (a stable sort of the rows by its keys keeps them).
        var resorted = rows.OrderBy(r => r.HoldsHte)
            .ThenBy(r => r.HoldsHte ? 0 : r.HteFactsMissing ? 3 : r.HteVerdict == Verdicts.Eligible ? 0 : r.HteVerdict == Verdicts.Undecided ? 1 : 2)
            .ThenBy(r => r.HoldsHte ? 0 : r.HteFailed)
            .ThenByDescending(r => r.HoldsHte ? 0 : r.HteScoreMax)
            .ThenBy(r => r.HteExpiresOn)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => r.EnterpriseId);
        Assert.Equal(rows.Select(r => r.EnterpriseId), resorted);

        // The view writes texts only for the page it shows: its pages are the export's rows at the same places, its
        // counts those of all rows, a search keeps the order.
        await using (var scope = database.Scope())
        {
            var view = scope.ServiceProvider.GetRequiredService<EvaluateRegion>();
            foreach (var page in new[] { 1, 2, 97, 200 })
            {
                var shown = await view.HandleAsync(Staff, new EvaluateRegionQuery(Year: year, Page: page, PageSize: 50));
                Assert.Equal(Json(rows.Skip((page - 1) * 50).Take(50)), Json(shown.Rows));
                Assert.Equal(50, shown.Rows.Count);
                var candidates = rows.Where(r => !r.HoldsHte).ToList();
                Assert.Equal(
                    (Count, candidates.Count(r => r.HteVerdict == Verdicts.Eligible), candidates.Count(r => r.HteVerdict == Verdicts.Undecided && !r.HteFactsMissing),
                        candidates.Count(r => r.HteVerdict == Verdicts.Ineligible), rows.Count(r => r.HoldsHte), rows.Count(r => r.TechSmeVerdict == Verdicts.Eligible)),
                    (shown.Total, shown.HteEligible, shown.HteUndecided, shown.HteIneligible, shown.HteHolders, shown.TechSmeEligible));
            }
            var found = await view.HandleAsync(Staff, new EvaluateRegionQuery(Year: year, Q: "9", PageSize: 100));
            var matching = rows.Where(r => r.Name.Contains('9', StringComparison.Ordinal) || r.Uscc.StartsWith('9')).ToList();
            Assert.Equal(matching.Count, found.Total);
            Assert.Equal(Json(matching.Take(100)), Json(found.Rows));
        }
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private async Task SeedAsync(DateOnly today, int year)
    {
        var generator = new EnterpriseGenerator(seed: 11, today);
        var random = new Random(5);
        for (var start = 0; start < Count; start += 1_000)
        {
            await using var scope = database.Scope();
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < start + 1_000; i++)
            {
                var e = generator.Next(County, "平阳县", [], i).Enterprise;
                var edge = new EdgeEnterprise(e, i, random, today, year);
                db.Enterprises.Add(e);
                db.EnterpriseYears.AddRange(edge.Years);
                db.Qualifications.AddRange(edge.Titles);
                db.Patents.AddRange(edge.Patents);
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// Enterprise <c>i</c> sits on edge <c>i % Edges</c>, at offset −1, 0 or +1 unit by <c>i / Edges</c>; everything
    /// else is drawn at random (a missing year, expert scores or none, titles, the technology field).
    /// </summary>
    private sealed class EdgeEnterprise
    {
        private const int Edges = 50;
        private static readonly decimal[] TechStaffBands = [0.30m, 0.25m, 0.20m, 0.15m];
        private static readonly decimal[] RdToSales = [0.06m, 0.05m, 0.04m, 0.03m, 0.02m];
        private static readonly decimal[] RdToCosts = [0.30m, 0.25m, 0.20m, 0.15m, 0.10m];
        private static readonly int[] Conversions = [5, 4, 3, 2, 1];
        private static readonly decimal[] Growth = [0.35m, 0.25m, 0.15m, 0.05m, 0m];
        private static readonly string?[] Fields = ["电子信息", "新材料", " 生物与新医药 ", "其他", "", null];

        public List<EnterpriseYear> Years { get; } = [];
        public List<Qualification> Titles { get; } = [];
        public List<Patent> Patents { get; } = [];

        public EdgeEnterprise(Enterprise e, int i, Random random, DateOnly today, int year)
        {
            var edge = i % Edges;
            var d = i / Edges % 3 - 1;
            const decimal fen = 0.01m;
            e.FoundedOn = today.AddDays(-random.Next(200, 4000));
            e.TechnologyField = Fields[random.Next(Fields.Length)];

            // Which years exist: mostly all three; some lack the year evaluated, a middle year, or the older ones.
            var shape = random.Next(20);
            int[] years = shape switch
            {
                0 => [year - 2, year - 1],
                1 => [year],
                2 => [year - 1, year],
                3 => [year - 2, year],
                _ => [year - 2, year - 1, year],
            };
            if (edge is 10 or 21 or >= 23 and <= 27 || edge == 0)
            {
                years = [year - 2, year - 1, year];
            }
            if (edge is >= 28 and <= 37)
            {
                years = [year - 1, year];
            }
            if (edge is >= 10 and <= 37)
            {
                e.FoundedOn = today.AddDays(-3000);
            }
            var experts = random.Next(3) > 0;
            foreach (var y in years)
            {
                var sales = (decimal)random.Next(1, 400) * 1_000_000 + random.Next(1_000);
                var staff = random.Next(15, 600);
                var rd = Math.Round(sales * random.Next(0, 90) / 1000m);
                Years.Add(new EnterpriseYear
                {
                    EnterpriseId = e.Id, Year = y, Staff = staff, TechStaff = staff * random.Next(0, 40) / 100,
                    SalesRevenue = sales, TotalIncome = sales + random.Next(0, 1_000_000), HighTechIncome = Math.Round(sales * random.Next(30, 100) / 100m),
                    RdExpense = rd, RdExpenseDomestic = Math.Round(rd * random.Next(40, 101) / 100m),
                    TotalCostsAndExpenses = Math.Round(sales * random.Next(50, 110) / 100m), TotalAssets = Math.Round(sales * random.Next(50, 150) / 100m),
                    NetAssets = Math.Round(sales * random.Next(20, 80) / 100m),
                    ClassOneIp = random.Next(4) == 0 ? random.Next(0, 3) : 0, ClassTwoIp = random.Next(0, 8), Conversions = random.Next(0, 7),
                    MajorViolation = random.Next(60) == 0,
                    IpAdvancement = experts ? random.Next(0, 9) : null, IpCoreRole = experts ? random.Next(0, 9) : null,
                    IpOwnRd = random.Next(3) switch { 0 => null, 1 => false, _ => true }, RdManagement = experts ? random.Next(8, 21) : null,
                });
            }
            var latest = Years.Find(f => f.Year == year);
            var before = Years.Where(f => f.Year != year).ToList();
            switch (edge)
            {
                case 0:
                    e.FoundedOn = today.AddDays(-(HteThresholds.MinRegisteredDays + d));
                    break;
                case 1 when latest is not null:
                    (latest.Staff, latest.TechStaff) = (100, 10 + d);
                    break;
                case >= 2 and <= 5 when latest is not null:
                    (latest.Staff, latest.TechStaff) = (100, (int)(TechStaffBands[edge - 2] * 100) + d);
                    break;
                case 6 when latest is not null:
                    (latest.Staff, latest.TechStaff) = (TechSmeThresholds.MaxStaff + d, 150);
                    break;
                case 7 when latest is not null:
                    latest.SalesRevenue = HteThresholds.SmallSalesLimit + d * fen;
                    break;
                case 8 when latest is not null:
                    latest.SalesRevenue = TechSmeThresholds.MaxSales + d * fen;
                    break;
                case 9 when latest is not null:
                    latest.TotalAssets = TechSmeThresholds.MaxAssets + d * fen;
                    break;
                case 10:
                    // 第十一条(五): three years' R&D over three years' sales at the band of the latest sales.
                    before.ForEach(f => (f.RdExpense, f.RdExpenseDomestic) = (Math.Round(f.SalesRevenue / 100), Math.Round(f.SalesRevenue / 100)));
                    var required = HteThresholds.RdRatioFor(latest!.SalesRevenue);
                    latest.RdExpense = required * Years.Sum(f => f.SalesRevenue) - before.Sum(f => f.RdExpense) + d * fen;
                    latest.RdExpenseDomestic = latest.RdExpense;
                    break;
                case >= 11 and <= 15 when latest is not null:
                    latest.TotalCostsAndExpenses = latest.SalesRevenue * 10;
                    latest.RdExpense = RdToSales[edge - 11] * latest.SalesRevenue + d * fen;
                    break;
                case >= 16 and <= 20 when latest is not null:
                    latest.SalesRevenue = latest.TotalCostsAndExpenses * 20;
                    latest.RdExpense = RdToCosts[edge - 16] * latest.TotalCostsAndExpenses + d * fen;
                    break;
                case 21:
                    before.ForEach(f => f.RdExpenseDomestic = Math.Round(f.RdExpense / 2));
                    latest!.RdExpenseDomestic = HteThresholds.MinDomesticRdShare * Years.Sum(f => f.RdExpense) - before.Sum(f => f.RdExpenseDomestic) + d * fen;
                    latest.RdExpenseDomestic = Math.Max(0, latest.RdExpenseDomestic);
                    break;
                case 22 when latest is not null:
                    latest.TotalIncome = Math.Round(latest.TotalIncome);
                    latest.HighTechIncome = HteThresholds.MinHighTechIncomeShare * latest.TotalIncome + d * fen;
                    break;
                case >= 23 and <= 27:
                    // The yearly average of conversions over three years: 3·band ± 1 in all.
                    latest!.Conversions = Math.Max(0, 3 * Conversions[edge - 23] + d - before.Sum(f => f.Conversions));
                    break;
                case >= 28 and <= 32:
                    before[0].NetAssets = 1_000_000;
                    latest!.NetAssets = 1_000_000 * (1 + Growth[edge - 28]) + d * fen;
                    break;
                case >= 33 and <= 37:
                    before[0].SalesRevenue = 10_000_000;
                    latest!.SalesRevenue = 10_000_000 * (1 + Growth[edge - 33]) + d * fen;
                    break;
                case 38 when latest is not null:
                    (latest.ClassOneIp, latest.ClassTwoIp) = (1 + d, 0);
                    break;
                case >= 39 and <= 42 when latest is not null:
                    (latest.ClassOneIp, latest.ClassTwoIp) = (0, 43 - edge + d);
                    break;
                case 43 or 44 when latest is not null:
                    (latest.ClassOneIp, latest.ClassTwoIp) = (0, (edge == 43 ? 5 : 3) + d);
                    break;
                case 45 when latest is not null:
                    // §4.1: unreported counts come from the patent register on the day, valid ones only.
                    latest.ClassOneIp = d <= 0 ? null : latest.ClassOneIp;
                    latest.ClassTwoIp = d >= 0 ? null : latest.ClassTwoIp;
                    var patents = random.Next(0, 8);
                    for (var k = 0; k < patents; k++)
                    {
                        Patents.Add(new Patent
                        {
                            EnterpriseId = e.Id, Applicant = e.Name, RegionCode = e.RegionCode, Number = $"2023{i:D5}{k}.X",
                            Kind = PatentKinds.All[k % 3], Status = "已授权", AppliedOn = today.AddYears(-3),
                            GrantedOn = today.AddDays(k % 4 - 2), LapsedOn = k % 5 == 0 ? today.AddDays(k % 3 - 1) : null,
                        });
                    }
                    break;
                case 46:
                    // A title's last valid day, revocation day and first day, each at today ±1.
                    Titles.Add(Title(e, QualificationType.HighTech, today.AddYears(-3), today.AddDays(d), null));
                    Titles.Add(Title(e, QualificationType.HighTech, today.AddYears(-2), today.AddYears(1), today.AddDays(d)));
                    Titles.Add(Title(e, QualificationType.HighTech, today.AddDays(d), today.AddYears(3), null));
                    break;
                case 47:
                    Titles.Add(Title(e, "省级企业研发中心", today.AddDays(d), null, null));
                    break;
                case 48 when latest is not null:
                    // The zero denominators: no staff, no income, no sales and no R&D.
                    if (d == -1)
                    {
                        latest.Staff = latest.TechStaff = 0;
                    }
                    else if (d == 0)
                    {
                        latest.TotalIncome = latest.HighTechIncome = 0;
                    }
                    else
                    {
                        Years.ForEach(f => f.SalesRevenue = f.RdExpense = f.RdExpenseDomestic = 0);
                    }
                    break;
                case 49 when latest is not null:
                    latest.MajorViolation = d == 0;
                    if (d == 1 && before.Count > 0)
                    {
                        before[^1].MajorViolation = true;
                    }
                    break;
            }
            if (edge is not (46 or 47) && random.Next(5) == 0)
            {
                Titles.Add(Title(e, random.Next(3) switch { 0 => QualificationType.HighTech, 1 => QualificationType.TechSme, _ => "省级企业研发中心" },
                    today.AddDays(-random.Next(0, 1500)), random.Next(4) == 0 ? null : today.AddDays(random.Next(-400, 900)), null));
            }
        }

        private static Qualification Title(Enterprise e, string type, DateOnly issued, DateOnly? expires, DateOnly? revoked) => new()
        {
            EnterpriseId = e.Id, Type = type, Number = $"T{Guid.NewGuid():N}", IssuedOn = issued, ExpiresOn = expires, RevokedOn = revoked,
        };
    }
}
