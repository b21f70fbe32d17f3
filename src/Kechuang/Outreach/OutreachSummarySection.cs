using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>
/// 科普和创新创业 in the work summary (docs/domain.md §7.9, §8): "举办科技活动周、科普活动X场，参与X万人次", the trainings
/// ("开展科技培训X期，培训X人次") and "组织参加创新创业大赛，获奖X项" — each part only when the period has its records;
/// nothing in any: no section.
/// </summary>
public sealed class OutreachSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => OutreachIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [OutreachIndicators.Events, OutreachIndicators.Attendance, OutreachIndicators.Trainees, OutreachIndicators.Awards];
    public int Order => 47;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var match = RegionScope.MatchFor(db);
        var held = await OutreachAccess.InRegion(db.OutreachActivities.AsNoTracking(), context.Code, match)
            .Where(a => a.HeldOn >= context.From && a.HeldOn <= context.To).Select(a => new { a.Kind, a.Attendance }).ToListAsync(ct);
        var events = held.Where(a => OutreachWords.EventKinds.Contains(a.Kind)).ToList();
        var trainings = held.Where(a => a.Kind == OutreachWords.Training).ToList();
        var awards = await Awarded(context.Code, context.From, context.To).CountAsync(ct);
        if (events.Count == 0 && trainings.Count == 0 && awards == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var lastYear = await OutreachAccess.InRegion(db.OutreachActivities.AsNoTracking(), context.Code, match)
            .CountAsync(a => a.HeldOn >= context.From.AddYears(-1) && a.HeldOn <= context.To.AddYears(-1) && OutreachWords.EventKinds.Contains(a.Kind), ct);
        var period = $"{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}";
        var spans = new List<SummarySpan> { SummarySpan.Plain("一是") };
        spans.Add(events.Count > 0
            ? SummaryPhrases.Opening(context, "科普和创新创业工作",
                SummaryPhrases.Tone(context, "科技活动周、科普活动场次", "outreach.events", events.Count, lastYear, OutreachIndicators.Events))
            : SummarySpan.Plain("科普和创新创业工作方面，"));
        var parts = 0;
        if (events.Count > 0)
        {
            var source = $"科普活动登记：{period}举办的科技活动周、科普日、科普活动和科技下乡";
            var people = events.Sum(a => (long)a.Attendance);
            spans.Add(SummarySpan.Plain($"{context.PeriodPhrase}举办科技活动周、科普活动"));
            spans.Add(context.Figure("outreach.events", "科技活动周、科普活动场次", events.Count, "场", $"{Zh.Number(events.Count)}场", source, Module, OutreachIndicators.Events));
            spans.Add(SummarySpan.Plain("，参与"));
            spans.Add(context.Figure("outreach.attendance", "科普活动参与人次", people, "人次", OutreachRules.Attendance(people), source + "的参与人次", Module, OutreachIndicators.Attendance));
            parts++;
        }
        if (trainings.Count > 0)
        {
            var source = $"科普活动登记：{period}举办的科技培训";
            var people = trainings.Sum(a => (long)a.Attendance);
            spans.Add(SummarySpan.Plain(parts++ > 0 ? "；开展科技培训" : $"{context.PeriodPhrase}开展科技培训"));
            spans.Add(context.Figure("outreach.trainings", "科技培训期数", trainings.Count, "期", $"{Zh.Number(trainings.Count)}期", source, Module, "outreach.trainings"));
            spans.Add(SummarySpan.Plain("，培训"));
            spans.Add(context.Figure("outreach.trainees", "科技培训人次", people, "人次", OutreachRules.Attendance(people), source + "的培训人次", Module, OutreachIndicators.Trainees));
        }
        if (awards > 0)
        {
            var source = $"创新创业大赛登记：{period}获奖的参赛项目";
            spans.Add(SummarySpan.Plain(parts++ > 0 ? "；组织参加创新创业大赛，获奖" : $"{context.PeriodPhrase}组织参加创新创业大赛，获奖"));
            spans.Add(context.Amount("outreach.awards", "创新创业大赛获奖数", awards, "项", source, Module, OutreachIndicators.Awards));
        }
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "普及科学知识，激发创新创业活力", [new SummaryParagraph(spans)])
        {
            Highlight = events.Count > 0 ? [SummarySpan.Plain("举办科普活动"), context.Cite("outreach.events")!] : [],
        };
    }

    /// <summary>The records behind a figure: the activities of the kind, or the awarded entries.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        if (trace.Key == OutreachIndicators.Awards)
        {
            var awarded = Awarded(region, from, to);
            var entries = await awarded.OrderBy(e => e.AwardedOn).Take(take).ToListAsync(ct);
            return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}创新创业大赛获奖项目", ["参赛主体", "参赛项目", "奖项", "获奖级别", "获奖日期"],
                [.. entries.Select(e => (IReadOnlyList<string>)[e.Name, e.ProjectTitle, e.Award ?? "", e.AwardLevel ?? "", Zh.Date(e.AwardedOn!.Value)])],
                await awarded.CountAsync(ct));
        }
        var training = trace.Key is OutreachIndicators.Trainees or "outreach.trainings";
        var activities = OutreachAccess.InRegion(db.OutreachActivities.AsNoTracking(), region, RegionScope.MatchFor(db))
            .Where(a => a.HeldOn >= from && a.HeldOn <= to);
        activities = training ? activities.Where(a => a.Kind == OutreachWords.Training) : activities.Where(a => OutreachWords.EventKinds.Contains(a.Kind));
        var rows = await activities.OrderBy(a => a.HeldOn).Take(take).ToListAsync(ct);
        return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}的{(training ? "科技培训" : "科技活动周、科普活动")}", ["活动名称", "类型", "日期", "地点", "主办单位", "人次"],
            [.. rows.Select(a => (IReadOnlyList<string>)[a.Title, a.Kind, Zh.Date(a.HeldOn), a.Place, a.Organisers, a.Attendance.ToString(Zh.Culture)])],
            await activities.CountAsync(ct));
    }

    private IQueryable<CompetitionEntry> Awarded(RegionCode region, DateOnly from, DateOnly to) =>
        OutreachAccess.InRegion(db.Competitions.AsNoTracking(), region, RegionScope.MatchFor(db))
            .SelectMany(c => c.Entries).Where(e => e.Award != null && e.AwardedOn >= from && e.AwardedOn <= to);
}
