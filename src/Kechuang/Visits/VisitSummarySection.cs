using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>
/// 走访服务 in the work summary (docs/domain.md §7.13, §8): "走访企业X家，收集问题Y个，解决Z个" from the visit register of the
/// period; no visit in the period: no section (§9, never a printed 0).
/// </summary>
public sealed class VisitSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => VisitIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [VisitIndicators.Visited, VisitIndicators.Collected, VisitIndicators.Solved];
    public int Order => 48;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var counts = await VisitCounts.BetweenAsync(db, context.Code, context.From, context.To, ct);
        if (counts is not { } c || c.Between(context.From, context.To) is not { Enterprises: > 0 } n)
        {
            return null;
        }
        var period = $"{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}";
        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain($"一是走访服务企业方面，{context.PeriodPhrase}走访企业"),
            context.Amount("visits.enterprises", "走访企业数", n.Enterprises, "家", $"走访记录：{period}走访的企业（每家计一次）", Module, VisitIndicators.Visited),
            SummarySpan.Plain("，收集问题"),
            context.Amount("visits.problems", "收集问题数", n.Problems, "个", $"走访记录：{period}走访中收集的问题", Module, VisitIndicators.Collected),
            SummarySpan.Plain("，解决"),
            context.Amount("visits.solved", "解决问题数", n.Solved, "个", $"走访记录：{period}办结为已解决的问题", Module, VisitIndicators.Solved),
            SummarySpan.Plain("。"),
        };
        return new SummarySection(Module, "深入走访服务企业，帮助解决发展难题", [new SummaryParagraph(spans)])
        {
            Highlight = [SummarySpan.Plain("走访企业"), context.Cite("visits.enterprises")!],
        };
    }

    /// <summary>The records behind a figure: the visits of the year to the month, or the problems collected or solved.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var match = RegionScope.MatchFor(db);
        if (trace.Key is VisitIndicators.Collected or VisitIndicators.Solved or "visits.problems" or "visits.solved")
        {
            var solved = trace.Key is VisitIndicators.Solved or "visits.solved";
            var problems = db.VisitProblems.AsNoTracking().Within(p => p.RegionCode, region, RegionColumn.CountyCodes, match);
            problems = solved
                ? problems.Where(p => p.Outcome == VisitRules.Solved && p.ClosedOn >= from && p.ClosedOn <= to)
                : problems.Where(p => p.RaisedOn >= from && p.RaisedOn <= to);
            var rows = await problems.OrderBy(p => p.RaisedOn).Take(take).ToListAsync(ct);
            return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}{(solved ? "已解决的走访问题" : "走访收集的问题")}", ["提出日期", "类别", "问题描述", "承办", "办理结果"],
                [.. rows.Select(p => (IReadOnlyList<string>)[Zh.Date(p.RaisedOn), p.Category, p.Description, p.Assignee ?? "未指派", p.Outcome ?? "办理中"])],
                await problems.CountAsync(ct));
        }
        var visits = db.Visits.AsNoTracking().Within(v => v.RegionCode, region, RegionColumn.CountyCodes, match).Where(v => v.VisitedOn >= from && v.VisitedOn <= to);
        var items = await visits.OrderBy(v => v.VisitedOn).Take(take).ToListAsync(ct);
        return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}的走访记录（同一企业计一家）", ["走访日期", "企业名称", "走访人员", "走访情况"],
            [.. items.Select(v => (IReadOnlyList<string>)[Zh.Date(v.VisitedOn), v.EnterpriseName, v.Visitors, v.Summary])],
            await visits.CountAsync(ct));
    }
}
