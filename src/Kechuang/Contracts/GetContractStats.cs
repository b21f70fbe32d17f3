using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// Statistics from the monthly rollup: a city's year to date is a few hundred rows, not a scan of the register
/// (bench/: the same figures by a GROUP BY over the contracts are the baseline).
/// Without a period the last complete month is shown (docs/contracts.md "Period"): four days of December next to a whole
/// December of last year would read as a collapse. A period that ends in the month of today is partial: its last month
/// is read from the contracts themselves up to today and compared with the same days of that month last year.
/// </summary>
public sealed class GetContractStats(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ContractStats> HandleAsync(Caller caller, string? regionCode, int? year, int? month, CancellationToken ct = default)
    {
        ContractAccess.RequireBureau(caller);
        var region = caller.ScopeTo(regionCode) ?? caller.Region;
        var today = clock.TodayInChina();
        var validation = new Validation();
        validation.Require(year is null or (>= 2000 and <= 2100), "year", "年份应在2000至2100之间");
        validation.Require(month is null or (>= 1 and <= 12), "month", "月份应为1至12");
        validation.ThrowIfAny();
        var period = StatsPeriod.Of(today, year, month);
        var (y, m) = (period.Year, period.Month);

        var rows = await RowsAsync(db, region, [y, y - 1], period.Partial ? m - 1 : m, ct);
        if (period.Partial)
        {
            rows.AddRange(await PartialMonthAsync(db, region, period.MonthStart, period.ThroughDate, ct));
            rows.AddRange(await PartialMonthAsync(db, region, period.LastYearMonthStart, period.LastYearThroughDate, ct));
        }
        var name = await db.Regions.Where(r => r.Code == region.Value).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var current = rows.Where(r => r.Period / 100 == y).ToList();
        var last = rows.Where(r => r.Period / 100 == y - 1).ToList();

        var byType = ContractTypes.All.Select(t => new ContractTypeFigures(t.Word, t.Chinese, t.Category,
            Figures(current.Where(r => r.Type == t.Word), last.Where(r => r.Type == t.Word)))).ToList();
        var byMonth = Enumerable.Range(1, m).Select(month => new ContractMonthFigures(month,
            Figures(current.Where(r => r.Period % 100 == month), last.Where(r => r.Period % 100 == month)),
            period.Partial && month == m)).ToList();
        return new ContractStats(region.Value, name, y, m, Figures(current, last), byType, byMonth)
        {
            Partial = period.Partial,
            ThroughDate = period.ThroughDate,
            LastYearThroughDate = period.LastYearThroughDate,
            Label = period.Label,
            LastYearLabel = period.LastYearLabel,
        };
    }

    private static ContractFigures Figures(IEnumerable<ContractMonthStat> now, IEnumerable<ContractMonthStat> before)
    {
        var (a, b) = (now.ToList(), before.ToList());
        return new ContractFigures(
            Figure.Of(a.Sum(r => r.Count), b.Sum(r => r.Count)),
            Figure.Of(a.Sum(r => r.Turnover), b.Sum(r => r.Turnover)),
            Figure.Of(a.Sum(r => r.TechTransaction), b.Sum(r => r.TechTransaction)));
    }

    /// <summary>Rollup rows of the region's counties for months 1..<paramref name="throughMonth"/> of each year.</summary>
    internal static Task<List<ContractMonthStat>> RowsAsync(KechuangDbContext db, RegionCode region, int[] years, int throughMonth, CancellationToken ct)
    {
        var stats = db.ContractMonthStats.AsNoTracking().Within(s => s.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
        var ranges = years.Select(y => (From: (y * 100) + 1, To: (y * 100) + throughMonth)).ToArray();
        var (from1, to1) = ranges[0];
        var (from2, to2) = ranges.Length > 1 ? ranges[1] : ranges[0];
        return stats.Where(s => (s.Period >= from1 && s.Period <= to1) || (s.Period >= from2 && s.Period <= to2)).ToListAsync(ct);
    }

    /// <summary>
    /// The registrations of one month from its first day to <paramref name="through"/>, as rollup-shaped rows: the rollup
    /// knows months, not days. Amounts are added up here, not in SQL, because SQLite keeps money as integer fen (ADR 0006)
    /// and the same code must give the same sums on both providers; a month of a city is a few thousand rows at most.
    /// </summary>
    private static async Task<List<ContractMonthStat>> PartialMonthAsync(
        KechuangDbContext db, RegionCode region, DateOnly monthStart, DateOnly through, CancellationToken ct)
    {
        var period = TechContract.Period(monthStart);
        var contracts = await db.TechContracts.AsNoTracking()
            .Within(c => c.SellerRegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db))
            .Where(c => c.Status == ContractStatus.Registered && c.RegisteredPeriod == period && c.DecidedOn <= through)
            .Select(c => new { c.SellerRegionCode, c.Type, c.Turnover, c.TechTransaction })
            .ToListAsync(ct);
        return contracts.GroupBy(c => (c.SellerRegionCode, c.Type)).Select(g => new ContractMonthStat
        {
            RegionCode = g.Key.SellerRegionCode,
            Period = period,
            Type = g.Key.Type,
            Count = g.Count(),
            Turnover = g.Sum(c => c.Turnover),
            TechTransaction = g.Sum(c => c.TechTransaction),
        }).ToList();
    }
}
