using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;

namespace Kechuang.Reports;

/// <summary>
/// 总体情况, the lead paragraph a real summary opens with (docs/reports.md): how many 考核指标 with a target reached time
/// progress (or, for a closed year, their annual target), the best ranks among the peers with a figure, and each
/// module's headline. Only what the table and the sections already say, in the same words and figures.
/// </summary>
internal static class SummaryOverview
{
    /// <summary>How many top ranks the paragraph names; the rest are in the table.</summary>
    private const int NamedRanks = 3;

    /// <summary>How many indicators behind schedule the paragraph names.</summary>
    private const int NamedBehind = 3;

    public static IReadOnlyList<SummaryParagraph> Draft(SummaryContext context, string author, IReadOnlyList<SummarySection> sections)
    {
        var closed = context.Period == SummaryPeriod.FullYear && !context.Open && context.Month == 12;
        var spans = new List<SummarySpan> { SummarySpan.Plain($"{context.Year}年{context.PeriodPhrase}，{author}紧扣年度考核目标推进科技创新工作。") };

        // Indicators with a target: reached or behind; a stock or ratio is judged only at the year's end (docs/domain.md §3).
        var tasks = context.Rows.Where(r => r.Target is not null).ToList();
        if (tasks.Count > 0)
        {
            var judged = tasks.Where(SummaryContext.HasData).Select(r => (Row: r, Reached: Reached(r, closed))).Where(x => x.Reached is not null).ToList();
            var behind = judged.Where(x => x.Reached == false).Select(x => x.Row).ToList();
            var noData = tasks.Count(r => !SummaryContext.HasData(r));
            var word = closed ? "完成年度目标任务" : "达到序时进度";
            spans.Add(SummarySpan.Plain($"有目标任务的{tasks.Count}项考核指标中，"));
            if (judged.Count == 0)
            {
                spans.Add(SummarySpan.Plain("尚无可按序时进度衡量的指标"));
            }
            else
            {
                spans.Add(SummarySpan.Plain($"{judged.Count - behind.Count}项{word}"));
                if (behind.Count > 0)
                {
                    // The first few by name; 二、存在问题 lists each with its figures.
                    var named = string.Join("、", behind.Take(NamedBehind).Select(r => r.Name)) + (behind.Count > NamedBehind ? "等" : "");
                    spans.Add(SummarySpan.Plain($"，{behind.Count}项{(closed ? "未完成" : "落后于序时进度")}（{named}）"));
                }
            }
            if (judged.Count < tasks.Count - noData)
            {
                spans.Add(SummarySpan.Plain($"，{tasks.Count - noData - judged.Count}项为存量或比率指标、年底考核"));
            }
            if (noData > 0)
            {
                spans.Add(SummarySpan.Plain($"，{noData}项{SummaryIndicators.NoData}"));
            }
            spans.Add(SummarySpan.Plain("。"));
        }

        // Ranks only where the rank rule gives one: among the peers with a figure, at least three (docs/domain.md §3).
        var ranked = context.Rows.Where(r => r.Rank is not null && SummaryContext.HasData(r)).ToList();
        if (ranked.Count > 0)
        {
            var top = ranked.Where(r => r.Rank <= 3).OrderBy(r => r.Rank).ThenBy(r => r.RankedCount).ToList();
            spans.Add(SummarySpan.Plain($"在{context.ScopeName}有数据的同级地区中，参与排名的{ranked.Count}项指标"));
            if (top.Count == 0)
            {
                var best = ranked.OrderBy(r => (decimal)r.Rank!.Value / r.RankedCount).First();
                spans.Add(SummarySpan.Plain($"均未进入前三，排名最好的是{best.Name}（"));
                spans.Add(new SummarySpan(context.ScopeName + best.RankText, SummaryIndicators.FigureId(best.Code)));
                spans.Add(SummarySpan.Plain("）。"));
            }
            else
            {
                spans.Add(SummarySpan.Plain($"中{top.Count}项居前三，"));
                var named = top.Take(NamedRanks).ToList();
                for (var i = 0; i < named.Count; i++)
                {
                    spans.Add(SummarySpan.Plain((i == 0 ? "其中" : "、") + named[i].Name));
                    spans.Add(new SummarySpan(context.ScopeName + named[i].RankText, SummaryIndicators.FigureId(named[i].Code)));
                }
                spans.Add(SummarySpan.Plain(top.Count > NamedRanks ? "等。" : "。"));
            }
        }

        // The year's key results, one headline per module, as the sections print them.
        var highlights = sections.Where(s => s.Highlight.Count > 0).Select(s => s.Highlight).ToList();
        if (highlights.Count > 0)
        {
            spans.Add(SummarySpan.Plain(context.PeriodPhrase));
            for (var i = 0; i < highlights.Count; i++)
            {
                if (i > 0)
                {
                    spans.Add(SummarySpan.Plain("，"));
                }
                spans.AddRange(highlights[i]);
            }
            spans.Add(SummarySpan.Plain("。"));
        }
        if (spans.Count == 1)
        {
            return [];
        }
        spans.Add(SummarySpan.Plain("现将有关情况总结如下。"));
        return [new SummaryParagraph(spans)];
    }

    /// <summary>A flow by its time progress; a stock or ratio against its target only once the year is closed.</summary>
    internal static bool? Reached(AssessmentRow row, bool closedYear)
    {
        if (row.OnSchedule is { } onSchedule)
        {
            return onSchedule;
        }
        if (!closedYear || row.Kind == IndicatorWords.Flow || row.Target is not { } target || row.Actual is not { } actual)
        {
            return null;
        }
        return row.Direction == IndicatorWords.Lower ? actual <= target : actual >= target;
    }
}
