using Kechuang.Contracts;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// Two years and more of contracts for the demo prefecture (docs/contracts.md), so the statistics and indicators show curves
/// with a last year to compare with; 平阳's sellers are its demo enterprises, so the enterprise user sees its own.
/// </summary>
internal static class ContractDemoData
{
    /// <summary>平阳's contracts a month last year (DemoCounties: 21.49亿元 技术交易额 a year); other counties at their size.</summary>
    private const int PingyangPerMonth = 40;

    /// <summary>Days since receipt of the contracts left undecided: past the 20-day mark, the last past the 30-day limit.</summary>
    private static readonly int[] WaitingDaysAgo = [22, 26, 33];

    public static async Task SeedAsync(KechuangDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.TechContracts.AnyAsync(ct))
        {
            return;
        }
        var today = Common.ChinaClock.TodayInChina(clock);
        // The statistics open on the last complete month (docs/contracts.md "Period"): in January that is December of last
        // year, which must have a year before it to compare with. One month more in front, so that the first January's
        // registrations include contracts received in the December before it, as every other month's do.
        var statsYear = Indicators.Assessment.AssessmentMath.LastMonth(today).Year;
        var start = new DateOnly(statsYear - 2, 12, 1);
        var generator = new ContractGenerator(seed: 55, today);
        var counties = await db.Regions.AsNoTracking().Where(r => r.ParentCode == SeedDemoData.Prefecture).OrderBy(r => r.Code).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var random = new Random(55);
        foreach (var county in counties)
        {
            // Enterprises with a user of their own come first, so the demo enterprise user sees contracts it sold.
            var withUsers = await db.Users.Where(u => u.EnterpriseId != null).Select(u => u.EnterpriseId!.Value).ToListAsync(ct);
            var own = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == county.Code)
                .OrderBy(e => withUsers.Contains(e.Id) ? 0 : 1).ThenBy(e => e.Name).Take(80)
                .Select(e => new ContractGenerator.Seller(e.Name, e.Uscc, e.RegionCode)).ToListAsync(ct);
            var sellers = own.Count > 0 ? own : ContractGenerator.Sellers(county.Code, county.Name, 30, int.Parse(county.Code, System.Globalization.CultureInfo.InvariantCulture));
            // Volumes at each county's size (DemoCounties), and growth against last year everywhere.
            var perMonth = DemoCounty.Of(county.Code).Scaled(PingyangPerMonth, minimum: 4);
            for (var day = start; day <= today; day = day.AddMonths(1))
            {
                var monthEnd = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
                var count = day.Year < statsYear ? perMonth : perMonth + (perMonth / 4);
                for (var i = 0; i < count; i++)
                {
                    var received = day.AddDays(random.Next(0, monthEnd.Day));
                    if (received > today)
                    {
                        continue;
                    }
                    var contract = generator.Next(sellers[random.Next(sellers.Count)], received);
                    contract.CreatedAt = contract.UpdatedAt = now;
                    db.TechContracts.Add(contract);
                }
            }
            // Whatever the date the demo starts on, every desk has contracts on the waiting list, one of them overdue.
            foreach (var daysAgo in WaitingDaysAgo)
            {
                var contract = generator.Next(sellers[random.Next(sellers.Count)], today.AddDays(-daysAgo), decide: false);
                contract.CreatedAt = contract.UpdatedAt = now;
                db.TechContracts.Add(contract);
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await ContractRollup.RebuildAsync(db, ct);
    }
}
