using Kechuang.Common;
using Kechuang.Contracts;
using Kechuang.Data;
using Kechuang.Demo;
using Kechuang.Indicators.Assessment;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Demo;

public sealed class SqliteDemoDatesTests : DemoDatesTests<SqliteTestDatabase>;

public sealed class PostgresDemoDatesTests : DemoDatesTests<PostgresTestDatabase>;

/// <summary>
/// The demo is right whatever day it is started on: seeded on month ends, year ends, New Year's Day, the 1st of a month
/// and 29 February, it keeps every promise of SeedDemoData, IndicatorDemo and EnterpriseGenerator (docs/contracts.md
/// "Period": the statistics open on the last complete month, which must have a last year to compare with).
/// </summary>
public abstract class DemoDatesTests<TDatabase> where TDatabase : TestDatabase, new()
{
    /// <summary>China local times (UTC+8); the fixture's clock starts on 2026-03-01 and only moves forward.</summary>
    public static TheoryData<string> Dates =>
    [
        "2026-03-31T23:30", // a month end, late in the evening
        "2026-12-04T10:00", // four days into December
        "2026-12-31T23:59", // the last minute of the year
        "2027-01-01T00:30", // New Year's Day: the last complete month is in last year
        "2027-03-01T08:00", // the 1st of a month, after a February of 28 days
        "2028-02-29T12:00", // a leap day: last year has no 29 February
    ];

    private static readonly string[] Counties = ["330302", "330303", "330304", "330305", "330324", "330326", "330327", "330328", "330329", "330381", "330382", "330383"];

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task Seed_OnAnyDay_KeepsTheDemosPromises(string chinaTime)
    {
        var database = new TDatabase();
        await database.InitializeAsync();
        try
        {
            var local = DateTime.Parse(chinaTime, System.Globalization.CultureInfo.InvariantCulture);
            database.Clock.SetUtcNow(new DateTimeOffset(local, Zh.Offset).ToUniversalTime());
            var now = database.Clock.GetUtcNow();
            var today = database.Clock.TodayInChina();
            Assert.Equal(DateOnly.FromDateTime(local), today);
            await using (var scope = database.Scope())
            {
                await scope.ServiceProvider.GetRequiredService<SeedDemoData>().HandleAsync();
            }
            await using var read = database.Scope();
            var services = read.ServiceProvider;
            var db = services.GetRequiredService<KechuangDbContext>();
            var admin = new Caller("a", "wz_admin", new HashSet<string> { Roles.Admin }, RegionCode.Parse(SeedDemoData.Prefecture), null);

            // Every county's desk has contracts waiting past 20 days, one of them past the 30-day limit.
            var waiting = services.GetRequiredService<ListWaitingContracts>();
            foreach (var county in Counties)
            {
                var list = await waiting.HandleAsync(admin, county);
                Assert.True(list.Count >= 3, $"{county} on {today}: {list.Count} waiting");
                Assert.Contains(list, c => c.DaysWaiting > ContractStatus.DecisionDays);
            }

            // The default period is the last complete month, with every month of it and of last year registered.
            var (year, month) = AssessmentMath.LastMonth(today);
            var stats = services.GetRequiredService<GetContractStats>();
            foreach (var region in new[] { SeedDemoData.Prefecture, "330326", "330383" })
            {
                var s = await stats.HandleAsync(admin, region, null, null);
                Assert.Equal((year, month, false), (s.Year, s.Month, s.Partial));
                Assert.Equal(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), s.ThroughDate);
                Assert.DoesNotContain("截至", s.Label);
                Assert.All(s.ByMonth, m => Assert.True(m.Figures.Count.Value > 0 && m.Figures.Count.LastYear > 0,
                    $"{region} {year}-{m.Month} on {today}: {m.Figures.Count.Value} vs {m.Figures.Count.LastYear}"));
                Assert.NotNull(s.Total.Count.Yoy);
                Assert.NotNull(s.Total.Turnover.Yoy);
                // Growth is drawn (a quarter more contracts a month): sure for the city and the demo bureau, not for every small county.
                Assert.True(region == "330383" || s.Total.Count.Value > s.Total.Count.LastYear, $"{region} on {today}: the demo shows growth");
            }

            // This month, asked for, runs to today and is compared with the same days last year, read from the register.
            var partial = await stats.HandleAsync(admin, SeedDemoData.Prefecture, today.Year, today.Month);
            var sameDay = new DateOnly(today.Year - 1, today.Month, Math.Min(today.Day, DateTime.DaysInMonth(today.Year - 1, today.Month)));
            Assert.True(partial.Partial);
            Assert.Equal(today, partial.ThroughDate);
            Assert.Equal(sameDay, partial.LastYearThroughDate);
            Assert.Contains($"截至{today.Day}日", partial.Label);
            Assert.True(partial.ByMonth[^1].Partial);
            var contracts = await db.TechContracts.AsNoTracking().ToListAsync();
            int Registered(DateOnly from, DateOnly to) => contracts.Count(c => c.Status == ContractStatus.Registered && c.DecidedOn >= from && c.DecidedOn <= to);
            Assert.Equal(Registered(new DateOnly(today.Year, 1, 1), today), (int)partial.Total.Count.Value);
            Assert.Equal(Registered(new DateOnly(today.Year - 1, 1, 1), sameDay), (int)partial.Total.Count.LastYear);
            Assert.Equal(Registered(new DateOnly(today.Year - 1, today.Month, 1), sameDay), (int)partial.ByMonth[^1].Figures.Count.LastYear);

            // Nothing is dated after today.
            Assert.All(contracts, c =>
            {
                Assert.True(c.SignedOn <= c.ReceivedOn && c.ReceivedOn <= today, $"{c.Name} received {c.ReceivedOn}");
                Assert.True(c.DecidedOn is null || (c.DecidedOn >= c.ReceivedOn && c.DecidedOn <= today), $"{c.Name} decided {c.DecidedOn}");
                Assert.True(c.CreatedAt <= now);
            });
            var enterprises = await db.Enterprises.AsNoTracking().ToListAsync();
            Assert.All(enterprises, e => Assert.True(e.FoundedOn <= today && e.CreatedAt <= now));
            var facts = await db.EnterpriseYears.AsNoTracking().ToListAsync();
            Assert.NotEmpty(facts);
            Assert.All(facts, f => Assert.True(f.Year < today.Year && f.UpdatedAt <= now, $"facts of {f.Year} filed {f.UpdatedAt} on {today}"));
            Assert.Contains(facts, f => f.Year == today.Year - 1);
            var titles = await db.Qualifications.AsNoTracking().ToListAsync();
            Assert.Contains(titles, q => q.Type == Kechuang.Enterprises.QualificationType.HighTech && q.ExpiresOn > today);
            Assert.All(titles, q => Assert.True(q.IssuedOn <= today && q.ExpiresOn > q.IssuedOn, $"{q.Number} issued {q.IssuedOn}"));
            Assert.All(await db.CultivationEntries.AsNoTracking().ToListAsync(), c => Assert.Equal(today.Year, c.Year));

            // Indicator figures run to the last complete month, never beyond; last year is whole; one correction is shown.
            var values = await db.IndicatorValues.AsNoTracking().Where(v => v.RegionCode == "330326").ToListAsync();
            Assert.All(values, v => Assert.True((v.Year * 100) + v.Month <= (year * 100) + month, $"{v.IndicatorCode} {v.Year}-{v.Month} on {today}"));
            Assert.Contains(values, v => v.Year == year && v.Month == month);
            Assert.Contains(values, v => v.Year == year - 1 && v.Month == 12);
            Assert.True(await db.IndicatorTargets.AnyAsync(t => t.RegionCode == "330326" && t.Year == year));
            var revision = Assert.Single(await db.IndicatorRevisions.AsNoTracking().ToListAsync());
            Assert.True(revision.ChangedAt <= now);

            // The demo enterprise user sees contracts its enterprise sold.
            var own = await db.Users.Where(u => u.UserName == SeedDemoData.EnterpriseUser).Select(u => u.EnterpriseId).SingleAsync();
            var uscc = enterprises.Single(e => e.Id == own).Uscc;
            Assert.Contains(contracts, c => c.SellerUscc == uscc && c.Status == ContractStatus.Registered);

            // 防震减灾: everything dated on or before today, decisions after receipt and on time; 平阳县's desk has a
            // dozen approvals, some pending, one due soon, none overdue (docs/domain.md §7.10).
            var approvals = await db.SeismicApprovals.AsNoTracking().ToListAsync();
            Assert.All(approvals, a => Assert.True(a.ReceivedOn <= today && (a.DecidedOn is null || (a.DecidedOn >= a.ReceivedOn && a.DecidedOn <= a.DueOn && a.DecidedOn <= today)),
                $"{a.ProjectName} received {a.ReceivedOn}, due {a.DueOn}, decided {a.DecidedOn} on {today}"));
            Assert.All(await db.SeismicDrills.AsNoTracking().ToListAsync(), d => Assert.True(d.HeldOn <= today, $"{d.Title} held {d.HeldOn} on {today}"));
            var desk = services.GetRequiredService<Kechuang.Seismic.ListApprovals>();
            var pingyang = await desk.CountsAsync(admin, "330326");
            Assert.True(pingyang.All >= 12 && pingyang.Pending >= 2 && pingyang.DueSoon == 1 && pingyang.Overdue == 0, $"平阳县 on {today}: {pingyang}");
            Assert.Equal(0, (await desk.CountsAsync(admin, SeedDemoData.Prefecture)).Overdue);

            // 走访服务: visits, follow-ups and closings on or before today; 平阳县 has a dozen visits, closed and open
            // problems, exactly one overdue (docs/domain.md §7.13).
            Assert.All(await db.Visits.AsNoTracking().ToListAsync(), v => Assert.True(v.VisitedOn <= today, $"{v.EnterpriseName} visited {v.VisitedOn} on {today}"));
            var problems = await db.VisitProblems.AsNoTracking().Include(p => p.FollowUps).ToListAsync();
            Assert.All(problems, p => Assert.True(p.DueOn >= p.RaisedOn && (p.ClosedOn is null || (p.ClosedOn >= p.RaisedOn && p.ClosedOn <= today && p.Answer is not null))
                && p.FollowUps.All(f => f.On >= p.RaisedOn && f.On <= today), $"{p.Description} raised {p.RaisedOn}, due {p.DueOn}, closed {p.ClosedOn} on {today}"));
            var ours = problems.Where(p => p.RegionCode == "330326").ToList();
            Assert.True(await db.Visits.CountAsync(v => v.RegionCode == "330326") >= 12);
            Assert.Contains(ours, p => p.Outcome == Kechuang.Visits.VisitRules.Solved);
            Assert.Single(ours, p => p.ClosedOn is null && p.DueOn < today);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
