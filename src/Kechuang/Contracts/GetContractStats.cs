using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// Statistics from the monthly rollup: a city's year to date is a few hundred rows, not a scan of the register
/// (bench/: the same figures by a GROUP BY over the contracts are the baseline).
/// </summary>
public sealed class GetContractStats(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ContractStats> HandleAsync(Caller caller, string? regionCode, int? year, int? month, CancellationToken ct = default)
    {
        ContractAccess.RequireBureau(caller);
        var region = caller.ScopeTo(regionCode) ?? caller.Region;
        var today = clock.TodayInChina();
        var y = year ?? today.Year;
        var validation = new Validation();
        validation.Require(y is >= 2000 and <= 2100, "year", "年份应在2000至2100之间");
        validation.Require(month is null or (>= 1 and <= 12), "month", "月份应为1至12");
        validation.ThrowIfAny();
        var m = month ?? (y == today.Year ? today.Month : 12);

        var rows = await RowsAsync(db, region, [y, y - 1], m, ct);
        var name = await db.Regions.Where(r => r.Code == region.Value).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var current = rows.Where(r => r.Period / 100 == y).ToList();
        var last = rows.Where(r => r.Period / 100 == y - 1).ToList();

        var byType = ContractTypes.All.Select(t => new ContractTypeFigures(t.Word, t.Chinese, t.Category,
            Figures(current.Where(r => r.Type == t.Word), last.Where(r => r.Type == t.Word)))).ToList();
        var byMonth = Enumerable.Range(1, m).Select(month => new ContractMonthFigures(month,
            Figures(current.Where(r => r.Period % 100 == month), last.Where(r => r.Period % 100 == month)))).ToList();
        return new ContractStats(region.Value, name, y, m, Figures(current, last), byType, byMonth);
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
}
