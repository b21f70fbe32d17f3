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
    /// <summary>
    /// Last year's figure of a reported indicator in a county, in the indicator's unit (stocks: year-end level), from the
    /// county's size (DemoCounties: 平阳's published 2022 figures at weight 1); a percentage is the level itself.
    /// </summary>
    private static decimal? Annual(string code, DemoCounty c) => code switch
    {
        "rd_expenditure" => c.RdExpenditure,
        "above_scale_rd_expense" => c.RdExpenditure * 0.78m,
        "high_tech_value_added" => c.IndustrialValueAdded * c.HighTechShare,
        "high_tech_investment" => 32m * c.Weight,
        "patent_applications" => 5200m * c.Weight,
        "patent_grants" => 3600m * c.Weight,
        "invention_patent_grants" => 280m * c.Weight,
        "commissioner_coverage" => 85m,
        "fiscal_st_spending" => c.FiscalSpending * (1.5m + (c.RdIntensity * 0.8m)) / 100m,
        "gdp" => c.Gdp,
        "industrial_value_added" => c.IndustrialValueAdded,
        "fiscal_spending" => c.FiscalSpending,
        _ => null,
    };

    /// <summary>
    /// This year's targets for indicators the registers compute (the counts follow last year's computed figure, as a
    /// bureau's would) and for the ratios of reported figures, near the county's level.
    /// </summary>
    private static decimal? DerivedTarget(string code, DemoCounty c) => code switch
    {
        "new_hte_count" => DemoCounty.NewHtePerYear * c.Weight,
        "hte_total" => DemoCounty.NewHtePerYear * 3 * c.Weight,
        "tech_sme_count" => DemoCounty.TechSmePerYear * c.Weight,
        "rd_active_enterprises" => 50m * c.Weight,
        "tech_contract_count" => 480m * c.Weight,
        "tech_contract_turnover" => DemoCounty.TechTransactionPerYear * 1.1m * c.Weight,
        "tech_transaction" => DemoCounty.TechTransactionPerYear * c.Weight,
        "new_incubator_area" => 2.5m * c.Weight,
        "new_rd_institutions" => Math.Max(1m, 5m * c.Weight),
        "commissioners" => c.Commissioners,
        "rd_intensity" => c.RdIntensity + 0.1m,
        "rd_active_share" => 80m,
        "high_tech_value_added_share" => (c.HighTechShare * 100m) + 1m,
        "fiscal_st_share" => 1.5m + (c.RdIntensity * 0.8m) + 0.2m,
        _ => null,
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
            var profile = DemoCounty.Of(county.Code);
            // Each county's pace this year: most near the schedule, a few clearly behind.
            var pace = 0.86m + (decimal)random.NextDouble() * 0.26m;
            foreach (var indicator in indicators)
            {
                if (indicator.Source == IndicatorWords.Reported && Annual(indicator.Code, profile) is { } annual)
                {
                    var lastYear = Round(annual * (0.96m + (decimal)random.NextDouble() * 0.08m), indicator.Unit);
                    var thisYear = Round(lastYear * (0.95m + (decimal)random.NextDouble() * 0.3m), indicator.Unit);
                    if (indicator.IsRatio)
                    {
                        lastYear = Math.Min(100m, Round(annual * (0.85m + (decimal)random.NextDouble() * 0.15m), "%"));
                        thisYear = Math.Min(100m, Round(lastYear + (decimal)random.NextDouble() * 6m - 1m, "%"));
                    }
                    Target(db, indicator, county.Code, year - 1, Round(lastYear * 0.97m, indicator.Unit), now);
                    var target = Round(thisYear * (0.93m + (decimal)random.NextDouble() * 0.12m), indicator.Unit);
                    Target(db, indicator, county.Code, year, target, now);
                    NextYear(db, indicator, county.Code, year, target, now);
                    Months(db, indicator, county.Code, year - 1, 12, lastYear, 1m, now);
                    Months(db, indicator, county.Code, year, lastMonth, thisYear, pace, now);
                }
                else if (indicator.Source != IndicatorWords.Reported && DerivedTarget(indicator.Code, profile) is { } target)
                {
                    // A register's indicator gets a target only: its figure is the register's, never reported beside it.
                    var value = indicator.IsRatio ? target * (0.97m + (decimal)random.NextDouble() * 0.06m) : target;
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
            // The note states the very number taken off, so the figures and the words agree.
            var corrected = figures[0].Value - 12m;
            var note = $"市场监管局核减非正常专利申请 {figures[1].Value - corrected:0} 件";
            db.IndicatorRevisions.Add(new IndicatorRevision
            {
                IndicatorCode = "patent_applications", RegionCode = "330326", Year = year, Month = month,
                OldValue = figures[1].Value, NewValue = corrected, Note = note, Channel = FigureWriter.Demo,
                ChangedBy = "py_staff", ChangedAt = now,
            });
            figures[1].Value = corrected;
            figures[1].Note = note;
            figures[1].BelowPreviousMonth = true;
            await db.SaveChangesAsync(ct);
        }
    }

    private static decimal Round(decimal value, string unit) =>
        decimal.Round(value, Common.Zh.DecimalsOf(unit), MidpointRounding.AwayFromZero);
}
