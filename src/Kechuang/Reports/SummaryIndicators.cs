using Kechuang.Common;
using Kechuang.Indicators;

namespace Kechuang.Reports;

/// <summary>
/// The parts of the summary drafted from the indicator table: the table itself (docs/domain.md §8: 序号, 考核指标, 目标任务,
/// 完成情况, 完成率, 同比, 排名), 二、存在问题 and 三、工作思路, from the context's rows — the 考核指标 only. The table lists every
/// indicator with a target (one with no figure at all reads 暂无数据) and every other indicator with a figure.
/// </summary>
internal static class SummaryIndicators
{
    public const string Module = "indicators";

    /// <summary>What the table's 完成情况 says of an indicator with a target and no figure at all.</summary>
    public const string NoData = "暂无数据";

    /// <summary>The figure id of an indicator's actual value; completion, YoY and rank point at it too.</summary>
    public static string FigureId(string code) => $"indicator.{code}";

    public static IReadOnlyList<SummaryIndicatorRow> Table(SummaryContext context, Func<string, string?> registerOf)
    {
        var rows = new List<SummaryIndicatorRow>();
        foreach (var row in context.Rows.Where(r => r.Target is not null || SummaryContext.HasData(r)))
        {
            var id = FigureId(row.Code);
            var target = row.Target is { } t
                ? context.Amount(id + ".target", row.Name + "目标任务", t, row.Unit, $"考核指标“{row.Name}”{context.Year}年目标任务", Module, row.Code + ".target")
                : SummarySpan.Plain("—");
            if (!SummaryContext.HasData(row))
            {
                // A task with no figure at all is said so, never dropped (docs/domain.md §8).
                rows.Add(new SummaryIndicatorRow(rows.Count + 1, row.Code, row.Name, row.Unit, target, SummarySpan.Plain(NoData),
                    SummarySpan.Plain("—"), SummarySpan.Plain("—"), SummarySpan.Plain("—")));
                continue;
            }
            // A figure nobody reported comes from a register: its records are the register's.
            var derivedOnly = row.Reported is null && row.Derived is not null;
            var module = derivedOnly ? registerOf(row.Code) ?? Module : Module;
            var source = derivedOnly
                ? $"考核指标“{row.Name}”{Zh.Month(context.Year, context.Month)}累计，由登记记录自动计算"
                : $"考核指标“{row.Name}”{Zh.Month(context.Year, context.Month)}报送数";
            var actual = context.Amount(id, row.Name, row.Actual!.Value, row.Unit, source, module, row.Code);
            rows.Add(new SummaryIndicatorRow(rows.Count + 1, row.Code, row.Name, row.Unit, target, actual,
                new SummarySpan(row.CompletionText, row.Target is null ? null : id),
                new SummarySpan(row.YoyText, row.YoyGrowth is null && row.YoyChangePoints is null ? null : id),
                // 第n/m among the peers with a figure; no rank (—) with fewer than three (docs/domain.md §3, §9).
                row.Rank is not null ? new SummarySpan(context.ScopeName + row.RankText, id) : SummarySpan.Plain("—")));
        }
        return rows;
    }

    /// <summary>
    /// 二、存在问题 from the data: flows behind time progress, stocks and ratios below target at the year's end, falling
    /// YoY, last place among the peers. One paragraph per indicator with a problem, numbered 一是、二是….
    /// </summary>
    public static IReadOnlyList<SummaryParagraph> Problems(SummaryContext context)
    {
        var paragraphs = new List<SummaryParagraph>();
        foreach (var row in context.Rows.Where(SummaryContext.HasData))
        {
            var id = FigureId(row.Code);
            var spans = new List<SummarySpan>();
            void Add(string text, string? figure = null) => spans.Add(new SummarySpan(text, figure));
            var lower = row.Direction == IndicatorWords.Lower;
            if (row.OnSchedule == false)
            {
                Add($"{row.Name}完成");
                Add(row.ActualText, id);
                Add("，完成率");
                Add(row.CompletionText, id);
                Add(context.Open || context.Period == SummaryPeriod.FirstHalf
                    ? $"，低于{Zh.Percent(row.TimeProgress, 2)}的序时进度"
                    : "，未完成年度目标任务");
            }
            else if (row.Kind != IndicatorWords.Flow && row.Target is { } target && !context.Open && context.Month == 12
                     && (lower ? row.Actual > target : row.Actual < target))
            {
                Add($"{row.Name}为");
                Add(row.ActualText, id);
                Add("，未达到");
                Add(row.TargetText, id + ".target");
                Add("的年度目标");
            }
            var falling = lower ? row.YoyGrowth > 0 || row.YoyChangePoints > 0 : row.YoyGrowth < 0 || row.YoyChangePoints < 0;
            if (falling)
            {
                Add(spans.Count == 0 ? row.Name : "，");
                Add(row.YoyText, id);
            }
            if (row.Rank is { } rank && rank == row.RankedCount)
            {
                Add(spans.Count == 0 ? $"{row.Name}在{context.ScopeName}排名" : $"，{context.ScopeName}排名");
                Add($"第{rank}", id);
                Add("，居末位");
            }
            if (spans.Count > 0)
            {
                spans.Insert(0, SummarySpan.Plain(SummaryPhrases.Ordinal(paragraphs.Count) + "是"));
                Add("。");
                paragraphs.Add(new SummaryParagraph(spans));
            }
        }
        // What a module section judged a problem and the table does not cover (SummaryPhrases.Opening): the same words.
        foreach (var problem in context.SectionProblems)
        {
            paragraphs.Add(new SummaryParagraph([SummarySpan.Plain(SummaryPhrases.Ordinal(paragraphs.Count) + "是"), .. problem, SummarySpan.Plain("。")]));
        }
        return paragraphs;
    }

    /// <summary>
    /// The areas 三、工作思路 groups its aims in, one paragraph each in this order; an indicator of none (one a bureau
    /// added) goes to <see cref="OtherArea"/>. Codes of the starting catalogue (Indicators/IndicatorCatalogue.cs).
    /// </summary>
    public static readonly IReadOnlyList<(string Area, string[] Codes)> PlanAreas =
    [
        ("研发投入", ["rd_expenditure", "rd_intensity", "above_scale_rd_expense", "rd_active_enterprises", "rd_active_share", "fiscal_st_spending", "fiscal_st_share"]),
        ("高新技术产业", ["high_tech_value_added", "high_tech_value_added_share", "high_tech_investment"]),
        ("企业培育", ["new_hte_count", "hte_total", "tech_sme_count"]),
        ("技术市场", ["tech_contract_count", "tech_contract_turnover", "tech_transaction"]),
        ("创新平台与成果", ["new_rd_institutions", "new_incubator_area", "patent_applications", "patent_grants", "invention_patent_grants", "commissioners", "commissioner_coverage"]),
    ];

    public const string OtherArea = "其他工作";

    /// <summary>
    /// 三、工作思路 from the targets where entered, one paragraph per area of <see cref="PlanAreas"/>, each aim
    /// "力争X达到Y（同比增长Z%）" — only with a real Y (docs/domain.md §8). A year's summary cites next year's targets of the
    /// 考核指标, Z against this year's figure (for a ratio in 百分点; none while a flow's year is still open, its figure
    /// being a part of the year); a half year cites this year's targets where it is behind time progress, without Z.
    /// A next-year target below this year's figure (above, for a lower-is-better indicator) is never printed: it is
    /// left out of the text and put in <paramref name="warnings"/> for staff to check (docs/reports.md).
    /// </summary>
    public static IReadOnlyList<SummaryParagraph> Plan(SummaryContext context, IReadOnlyList<Indicator> indicators, IReadOnlyDictionary<string, decimal> targets,
        ICollection<SummaryWarning> warnings)
    {
        var half = context.Period == SummaryPeriod.FirstHalf;
        var year = half ? context.Year : context.Year + 1;
        var kind = half ? "target" : "next";
        var items = new List<(string Area, List<SummarySpan> Spans)>();
        // A half year plans to catch up where it is behind time progress; a year plans every target it has.
        foreach (var indicator in indicators.Where(i => targets.ContainsKey(i.Code) && (!half || context.Row(i.Code)?.OnSchedule == false)))
        {
            var target = targets[indicator.Code];
            var id = $"indicator.{indicator.Code}.{kind}";
            var targetText = Zh.Amount(target, indicator.Unit);
            // This year's figure is the base when it is a whole year's (or a level): a flow's open year is only a part.
            var actual = !half && context.Row(indicator.Code) is { Actual: { } a } && (!context.Open || !indicator.IsFlow) ? a : (decimal?)null;
            if (actual is { } now && (indicator.LowerIsBetter ? target > now : target < now))
            {
                warnings.Add(new SummaryWarning(indicator.Code,
                    $"{indicator.Name}{year}年目标任务{targetText}{(indicator.LowerIsBetter ? "高于" : "低于")}{context.Year}年{context.PeriodPhrase}完成的"
                    + $"{Zh.Amount(now, indicator.Unit)}，未写入工作思路，请核对目标任务"));
                continue;
            }
            var spans = new List<SummarySpan>
            {
                SummarySpan.Plain($"力争{(half ? "全年" : "")}{indicator.Name}达到"),
                context.Amount(id, $"{indicator.Name}{year}年目标任务", target, indicator.Unit, $"考核指标“{indicator.Name}”{year}年目标任务", Module, $"{indicator.Code}.{kind}"),
            };
            var change = actual switch
            {
                null => null,
                { } b when indicator.IsRatio => Zh.Points(decimal.Round(target - b, 2, MidpointRounding.AwayFromZero)),
                0m => null,
                { } b => Zh.Growth(decimal.Round((target - b) / Math.Abs(b), 4, MidpointRounding.AwayFromZero)),
            };
            if (change is not null)
            {
                spans.Add(SummarySpan.Plain("（"));
                spans.Add(new SummarySpan(change, id));
                spans.Add(SummarySpan.Plain("）"));
            }
            items.Add((PlanAreas.FirstOrDefault(p => p.Codes.Contains(indicator.Code)).Area ?? OtherArea, spans));
        }
        var areas = PlanAreas.Select(p => p.Area).Append(OtherArea).ToList();
        var paragraphs = new List<SummaryParagraph>();
        foreach (var group in items.GroupBy(x => x.Area).OrderBy(g => areas.IndexOf(g.Key)))
        {
            var spans = new List<SummarySpan> { SummarySpan.Plain($"{SummaryPhrases.Ordinal(paragraphs.Count)}是{group.Key}：{(half ? "下半年" : year + "年")}") };
            var first = true;
            foreach (var (_, item) in group)
            {
                if (!first)
                {
                    spans.Add(SummarySpan.Plain("；"));
                }
                spans.AddRange(item);
                first = false;
            }
            spans.Add(SummarySpan.Plain("。"));
            paragraphs.Add(new SummaryParagraph(spans));
        }
        return paragraphs;
    }
}
