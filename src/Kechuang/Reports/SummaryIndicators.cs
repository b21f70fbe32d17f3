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
    /// 三、工作思路 from the targets where entered ("力争全年新增高新技术企业X家" only with a real X): a year's summary cites
    /// next year's targets, a half year this year's where it is behind time progress — what the second half must reach.
    /// </summary>
    public static IReadOnlyList<SummaryParagraph> Plan(SummaryContext context, IReadOnlyList<Indicator> indicators, IReadOnlyDictionary<string, decimal> targets)
    {
        var half = context.Period == SummaryPeriod.FirstHalf;
        var year = half ? context.Year : context.Year + 1;
        var kind = half ? "target" : "next";
        var spans = new List<SummarySpan>();
        // A half year plans to catch up where it is behind time progress; a year plans every target it has.
        foreach (var indicator in indicators.Where(i => targets.ContainsKey(i.Code) && (!half || context.Row(i.Code)?.OnSchedule == false)))
        {
            var lead = half ? "下半年，力争全年" : $"{year}年，力争";
            spans.Add(SummarySpan.Plain(spans.Count == 0 ? $"{lead}{indicator.Name}达到" : $"，{indicator.Name}达到"));
            spans.Add(context.Amount($"indicator.{indicator.Code}.{kind}", $"{indicator.Name}{year}年目标任务", targets[indicator.Code], indicator.Unit,
                $"考核指标“{indicator.Name}”{year}年目标任务", Module, $"{indicator.Code}.{kind}"));
        }
        if (spans.Count == 0)
        {
            return [];
        }
        spans.Add(SummarySpan.Plain("。"));
        return [new SummaryParagraph(spans)];
    }
}
