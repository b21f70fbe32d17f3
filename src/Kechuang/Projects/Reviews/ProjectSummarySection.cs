using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// 科技计划项目 in the work summary (docs/domain.md §6.5, §8): "组织申报各类科技计划项目X项，立项Y项，下达经费Z万元" for the
/// region's enterprises in the period — applications submitted, projects approved and their funding, judged on the
/// projects approved against last year. Nothing submitted and nothing approved: no section.
/// </summary>
public sealed class ProjectSummarySection(KechuangDbContext db) : ISummarySection
{
    private static readonly string[] NeverSubmitted = [ApplicationStatus.Draft, ApplicationStatus.Withdrawn];

    public string Module => ProjectIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [ProjectIndicators.Approved, ProjectIndicators.Funding, ProjectIndicators.Accepted];
    public int Order => 35;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var (from, to) = Period(context.From, context.To);
        var submitted = await Submitted(context.Code, from, to).CountAsync(ct);
        var approved = await ProjectIndicators.ApprovedIn(db, context.Code, from, to).Select(a => a.ApprovedFunding).ToListAsync(ct);
        var accepted = await ProjectIndicators.AcceptedIn(db, context.Code, from, to).CountAsync(ct);
        if (submitted == 0 && approved.Count == 0 && accepted == 0)
        {
            return null;
        }
        var (lastFrom, lastTo) = Period(context.From.AddYears(-1), context.To.AddYears(-1));
        var approvedLastYear = await ProjectIndicators.ApprovedIn(db, context.Code, lastFrom, lastTo).CountAsync(ct);
        var period = $"{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}";
        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "科技计划项目管理",
                SummaryPhrases.Tone(context, "立项科技计划项目数", "projects.approved", approved.Count, approvedLastYear, ProjectIndicators.Approved)),
            SummarySpan.Plain(context.PeriodPhrase),
        };
        if (submitted > 0)
        {
            spans.Add(SummarySpan.Plain("组织申报各类科技计划项目"));
            spans.Add(context.Amount("projects.submitted", "申报科技计划项目数", submitted, "项", $"项目申报：{period}提交的申报书", Module, "projects.submitted"));
        }
        if (approved.Count > 0)
        {
            var source = $"项目申报：{period}立项的项目";
            // "组织申报…X项，立项Y项" after the submissions; "立项科技计划项目Y项" alone when none were submitted in the period.
            spans.Add(SummarySpan.Plain(submitted > 0 ? "，立项" : "立项科技计划项目"));
            spans.Add(context.Amount("projects.approved", "立项科技计划项目数", approved.Count, "项", source, Module, ProjectIndicators.Approved));
            spans.Add(SummarySpan.Plain("，下达经费"));
            spans.Add(context.Amount("projects.funding", "下达科技计划项目经费", decimal.Round(approved.Sum(f => f ?? 0) / 10_000m, 2), "万元",
                source + "的核定经费", Module, ProjectIndicators.Funding));
        }
        if (accepted > 0)
        {
            spans.Add(SummarySpan.Plain(submitted > 0 || approved.Count > 0 ? "，验收" : "验收科技计划项目"));
            spans.Add(context.Amount("projects.accepted", "验收科技计划项目数", accepted, "项", $"项目执行：{period}通过验收或结题的项目", Module,
                ProjectIndicators.Accepted));
        }
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "组织科技计划项目，支持企业研发攻关", [new SummaryParagraph(spans)])
        {
            Highlight = approved.Count > 0
                ? [SummarySpan.Plain("科技计划项目立项"), context.Cite("projects.approved")!]
                : submitted > 0 ? [SummarySpan.Plain("申报科技计划项目"), context.Cite("projects.submitted")!]
                : [SummarySpan.Plain("验收科技计划项目"), context.Cite("projects.accepted")!],
        };
    }

    /// <summary>The applications behind a figure: those submitted in the period, or those approved.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var (from, to) = Period(new DateOnly(trace.Year, 1, 1), new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1));
        var submitted = trace.Key == "projects.submitted";
        var records = submitted ? Submitted(region, from, to)
            : trace.Key == "projects.accepted" ? ProjectIndicators.AcceptedIn(db, region, from, to)
            : ProjectIndicators.ApprovedIn(db, region, from, to);
        var rows = await records.OrderBy(a => a.EnterpriseName).ThenBy(a => a.Title).Take(take)
            .Select(a => new { a.Title, a.EnterpriseName, a.Status, a.SubmittedAt, a.ApprovedFunding }).ToListAsync(ct);
        return new TraceRecords(submitted ? $"本辖区{trace.Year}年提交的科技计划项目申报书"
            : trace.Key == "projects.accepted" ? $"本辖区{trace.Year}年通过验收或结题的科技计划项目" : $"本辖区{trace.Year}年立项的科技计划项目",
            ["项目名称", "申报单位", "状态", "提交时间", "核定经费"],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Title, r.EnterpriseName, r.Status, r.SubmittedAt is { } at ? Zh.DateTime(at) : "",
                r.ApprovedFunding is { } f ? Zh.Wan(f) : ""])],
            await records.CountAsync(ct));
    }

    private IQueryable<ProjectApplication> Submitted(RegionCode region, DateTimeOffset from, DateTimeOffset to) =>
        db.ProjectApplications.AsNoTracking()
            .Within(a => a.EnterpriseRegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db))
            .Where(a => !NeverSubmitted.Contains(a.Status) && a.SubmittedAt >= from && a.SubmittedAt < to);

    /// <summary>The summary's days as instants in UTC, the last day included.</summary>
    private static (DateTimeOffset From, DateTimeOffset To) Period(DateOnly from, DateOnly to)
    {
        var china = TimeSpan.FromHours(8);
        return (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), china).ToUniversalTime(),
            new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), china).ToUniversalTime());
    }
}
