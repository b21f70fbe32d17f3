using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;

namespace Kechuang.Reports;

/// <summary>
/// Drafts the live summary of a region and period from the indicator table and every module's
/// <see cref="ISummarySection"/>; the stored narrative replaces the drafted one where staff edited it.
/// </summary>
public sealed class SummaryDrafter(KechuangDbContext db, DerivedFigures derived, IEnumerable<ISummarySection> sections, TimeProvider clock)
{
    public async Task<SummaryDocument> DraftAsync(Region region, int year, string period, SummaryRecord? record, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        var (month, open) = SummaryPeriod.Resolve(year, period, today);
        var builder = new AssessmentBuilder(db, derived);
        var indicators = await builder.IndicatorsAsync(ct);
        var peers = await builder.PeersAsync(region, ct);
        var tables = await builder.BuildAsync(indicators, peers, year, month, ct, only: region.Code);
        // Only 考核指标 are results, problems and aims; 参考指标 (地区生产总值 …) are context (docs/domain.md §3, §9).
        var assessed = tables[region.Code].Where(r => r.Assessed).ToList();
        var context = new SummaryContext(region, ScopeName(region), year, period, month, open, assessed);

        var modules = sections.OrderBy(s => s.Order).ToList();
        var table = SummaryIndicators.Table(context, code => modules.FirstOrDefault(s => s.Keys.Contains(code))?.Module);
        var drafted = new List<SummarySection>();
        foreach (var section in modules)
        {
            if (await section.DraftAsync(context, ct) is { } part)
            {
                drafted.Add(part with { Heading = $"（{SummaryPhrases.Ordinal(drafted.Count)}）{part.Heading}" });
            }
        }
        if (!context.Rows.Any(SummaryContext.HasData) && drafted.Count == 0)
        {
            throw new NotFoundException($"{region.Name}{year}年{SummaryPeriod.Name(period)}没有任何指标数据或登记记录，无法生成工作总结");
        }

        var planTargets = await IndicatorQueries.TargetsAsync(db, region.Code, period == SummaryPeriod.FirstHalf ? year : year + 1, ct);
        var problems = new SummaryNarrative(SummaryIndicators.Problems(context), record?.Problems);
        var warnings = new List<SummaryWarning>();
        var plan = new SummaryNarrative(SummaryIndicators.Plan(context, [.. indicators.Where(i => i.Assessed)], planTargets, warnings), record?.Plan);

        var author = region.Name + "科学技术局";
        var charts = new[] { SummaryCharts.Completion(context), await SummaryCharts.TrendAsync(db, derived, context, ct) };
        return new SummaryDocument(
            region.Code, region.Name, year, period, month, open,
            SummaryPeriod.Title(author, year, period, month, open), author, Zh.Date(today),
            table, drafted, problems, plan,
            context.Figures.OrderBy(f => f.Id, StringComparer.Ordinal).ToList(),
            new SummaryState(false, null, null, record?.EditedAt, []))
        {
            Warnings = warnings,
            Overview = SummaryOverview.Draft(context, author, drafted),
            Charts = [.. charts.OfType<SummaryChart>()],
        };
    }

    /// <summary>Ranks are among the parent's units: 全市 under a prefecture, 全省 under a province, else 全国.</summary>
    private static string ScopeName(Region region)
    {
        if (region.ParentCode is not { } parentCode)
        {
            return "全国";
        }
        var parent = RegionCode.Parse(parentCode);
        return parent.Level switch
        {
            RegionLevel.Prefecture => "全市",
            RegionLevel.Province => "全省",
            RegionLevel.County => "全县",
            _ => "全国",
        };
    }
}
