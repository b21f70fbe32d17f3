using Kechuang.Data;
using Kechuang.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// Demo targets and monthly figures for every county of the demo prefecture, last year and this year to the
/// last ended month: counties of different size, some ahead of the time schedule and some behind, and one
/// correction with its note, so the dashboard has something true-looking to show.
/// </summary>
internal static class IndicatorDemo
{
    /// <summary>Annual size of a mid-sized county per indicator, in the indicator's unit (stocks: year-end level).</summary>
    private static readonly Dictionary<string, decimal> Scale = new()
    {
        ["rd_expenditure"] = 12m, ["above_scale_rd_expense"] = 8m, ["high_tech_value_added"] = 70m,
        ["high_tech_investment"] = 18m, ["new_rd_institutions"] = 4m, ["new_incubator_area"] = 2.5m,
        ["patent_applications"] = 3000m, ["patent_grants"] = 2000m, ["invention_patent_grants"] = 260m,
        ["commissioners"] = 70m, ["commissioner_coverage"] = 85m, ["fiscal_st_spending"] = 2.6m,
        ["gdp"] = 600m, ["industrial_value_added"] = 220m, ["fiscal_spending"] = 90m,
    };

    /// <summary>Targets for indicators the registers compute, per mid-sized county.</summary>
    private static readonly Dictionary<string, decimal> DerivedTargets = new()
    {
        ["new_hte_count"] = 12m, ["hte_total"] = 30m, ["tech_sme_count"] = 20m, ["rd_active_enterprises"] = 10m,
        ["tech_contract_count"] = 300m, ["tech_contract_turnover"] = 8m, ["tech_transaction"] = 6m,
        ["rd_intensity"] = 2.4m, ["rd_active_share"] = 40m, ["high_tech_value_added_share"] = 33m, ["fiscal_st_share"] = 3m,
    };

    public static async Task SeedAsync(
        KechuangDbContext db, Indicators.Derived.DerivedFigures derived, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.IndicatorValues.AnyAsync(ct))
        {
            return;
        }
        var indicators = await db.Indicators.AsNoTracking().ToListAsync(ct);
        var (year, lastMonth) = Indicators.Assessment.AssessmentMath.LastMonth(today);
        // Targets for what the registers compute follow last year's computed figure, as a bureau's would.
        var lastYearFigures = await derived.LoadAsync(indicators, counties.Select(c => Regions.RegionCode.Parse(c.Code)).ToList(), [year - 1], ct);
        foreach (var county in counties)
        {
            var random = new Random(int.Parse(county.Code, System.Globalization.CultureInfo.InvariantCulture));
            var size = 0.4m + (decimal)random.NextDouble() * 1.3m;
            // Each county's pace this year: most near the schedule, a few clearly behind.
            var pace = 0.86m + (decimal)random.NextDouble() * 0.26m;
            foreach (var indicator in indicators)
            {
                if (Scale.TryGetValue(indicator.Code, out var scale))
                {
                    var lastYear = Round(scale * size * (indicator.IsRatio ? 1 : 0.9m), indicator.Unit);
                    var thisYear = Round(lastYear * (0.95m + (decimal)random.NextDouble() * 0.3m), indicator.Unit);
                    if (indicator.IsRatio)
                    {
                        lastYear = Math.Min(100m, Round(scale * (0.85m + (decimal)random.NextDouble() * 0.15m), "%"));
                        thisYear = Math.Min(100m, Round(lastYear + (decimal)random.NextDouble() * 6m - 1m, "%"));
                    }
                    Target(db, indicator, county.Code, year - 1, Round(lastYear * 0.97m, indicator.Unit), now);
                    var target = Round(thisYear * (0.93m + (decimal)random.NextDouble() * 0.12m), indicator.Unit);
                    Target(db, indicator, county.Code, year, target, now);
                    NextYear(db, indicator, county.Code, year, target, now);
                    Months(db, indicator, county.Code, year - 1, 12, lastYear, 1m, now);
                    Months(db, indicator, county.Code, year, lastMonth, thisYear, pace, now);
                }
                else if (DerivedTargets.TryGetValue(indicator.Code, out var target))
                {
                    var value = indicator.IsRatio ? target * (0.9m + (decimal)random.NextDouble() * 0.2m) : target * size;
                    if (!indicator.IsRatio && lastYearFigures.TryGetValue(new(indicator.Code, county.Code, year - 1, 12), out var last) && last > 0)
                    {
                        value = last * (1.02m + (decimal)random.NextDouble() * 0.16m);
                    }
                    Target(db, indicator, county.Code, year, Math.Max(1m, Round(value, indicator.Unit)), now);
                    NextYear(db, indicator, county.Code, year, Math.Max(1m, Round(value, indicator.Unit)), now);
                }
            }
        }
        CityTotals(db, counties[0].ParentCode!, indicators, now);
        await db.SaveChangesAsync(ct);
        await CorrectionAsync(db, year, lastMonth, now, ct);
    }

    /// <summary>The indicators whose next-year targets arrive early (the work summary's 下一年工作思路 cites them).</summary>
    private static readonly HashSet<string> EarlyTargets = ["rd_expenditure", "new_hte_count", "tech_contract_turnover", "tech_sme_count"];

    private static void NextYear(KechuangDbContext db, Indicator indicator, string county, int year, decimal target, DateTimeOffset now)
    {
        if (EarlyTargets.Contains(indicator.Code))
        {
            Target(db, indicator, county, year + 1, Round(target * 1.1m, indicator.Unit), now);
        }
    }

    /// <summary>The prefecture's own figures: the sum of its counties (the average for a reported percentage).</summary>
    private static void CityTotals(KechuangDbContext db, string city, IReadOnlyList<Indicator> indicators, DateTimeOffset now)
    {
        var byCode = indicators.ToDictionary(i => i.Code);
        var values = db.ChangeTracker.Entries<IndicatorValue>().Select(e => e.Entity).ToList();
        foreach (var group in values.GroupBy(v => (v.IndicatorCode, v.Year, v.Month)))
        {
            var indicator = byCode[group.Key.IndicatorCode];
            var total = indicator.IsRatio ? Round(group.Average(v => v.Value), "%") : group.Sum(v => v.Value);
            db.IndicatorValues.Add(new IndicatorValue
            {
                IndicatorCode = indicator.Code, RegionCode = city, Year = group.Key.Year, Month = group.Key.Month, Value = total,
                UpdatedAt = now, UpdatedBy = "演示数据",
            });
        }
        var targets = db.ChangeTracker.Entries<IndicatorTarget>().Select(e => e.Entity).ToList();
        foreach (var group in targets.GroupBy(t => (t.IndicatorCode, t.Year)))
        {
            var indicator = byCode[group.Key.IndicatorCode];
            var total = indicator.IsRatio ? Round(group.Average(t => t.Value), "%") : group.Sum(t => t.Value);
            Target(db, indicator, city, group.Key.Year, total, now);
        }
    }

    /// <summary>Year-to-date figures for flows (a little seasonal, slower in February), month-end levels otherwise.</summary>
    private static void Months(KechuangDbContext db, Indicator indicator, string region, int year, int through, decimal annual, decimal pace, DateTimeOffset now)
    {
        var previous = 0m;
        for (var month = 1; month <= through; month++)
        {
            decimal value;
            if (indicator.IsFlow)
            {
                var share = month == 1 ? 0.07m : month == 2 ? 0.11m : (month / 12m);
                value = Math.Max(previous, Round(annual * share * (month == 12 ? 1m : pace), indicator.Unit));
            }
            else
            {
                value = Round(annual * (0.9m + 0.1m * month / 12m), indicator.Unit);
            }
            previous = value;
            db.IndicatorValues.Add(new IndicatorValue
            {
                IndicatorCode = indicator.Code, RegionCode = region, Year = year, Month = month, Value = value,
                UpdatedAt = now, UpdatedBy = "演示数据",
            });
        }
    }

    private static void Target(KechuangDbContext db, Indicator indicator, string region, int year, decimal value, DateTimeOffset now) =>
        db.IndicatorTargets.Add(new IndicatorTarget
        {
            IndicatorCode = indicator.Code, RegionCode = region, Year = year, Value = value, UpdatedAt = now, UpdatedBy = "演示数据",
        });

    /// <summary>
    /// 平阳县 corrected its patent applications of the last month downwards: accepted, flagged, explained. When the last
    /// month is January, which has no month before it in its year, the correction is of last December.
    /// </summary>
    private static async Task CorrectionAsync(KechuangDbContext db, int year, int month, DateTimeOffset now, CancellationToken ct)
    {
        if (month < 2)
        {
            (year, month) = (year - 1, 12);
        }
        var figures = await db.IndicatorValues
            .Where(v => v.IndicatorCode == "patent_applications" && v.RegionCode == "330326" && v.Year == year && v.Month >= month - 1 && v.Month <= month)
            .OrderBy(v => v.Month).ToListAsync(ct);
        if (figures.Count == 2)
        {
            var corrected = figures[0].Value - 12m;
            db.IndicatorRevisions.Add(new IndicatorRevision
            {
                IndicatorCode = "patent_applications", RegionCode = "330326", Year = year, Month = month,
                OldValue = figures[1].Value, NewValue = corrected, Note = "市场监管局核减重复申请 38 件", Channel = FigureWriter.Demo,
                ChangedBy = "py_staff", ChangedAt = now,
            });
            figures[1].Value = corrected;
            figures[1].Note = "市场监管局核减重复申请 38 件";
            figures[1].BelowPreviousMonth = true;
            await db.SaveChangesAsync(ct);
        }
    }

    private static decimal Round(decimal value, string unit) =>
        decimal.Round(value, Common.Zh.DecimalsOf(unit), MidpointRounding.AwayFromZero);
}
