using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Market.Achievements;
using Kechuang.Market.Cooperation;
using Kechuang.Market.Events;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market;

/// <summary>
/// 产学研 in the work summary (docs/domain.md §7.1, §8): "征集技术需求X项，发布科技成果Y项，举办对接活动Z场，促成合作W项，合同金额V万元"
/// for the period, each part only when it has records (the amount only with cooperations that have one), judged on the
/// cooperations against last year. Nothing in the period: no section.
/// </summary>
public sealed class MarketSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => MarketIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [MarketIndicators.Needs, MarketIndicators.Achievements, MarketIndicators.Events, MarketIndicators.Cooperations, MarketIndicators.Amount];
    public int Order => 22;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var year = await MarketIndicators.YearAsync(db, context.Code, context.From, context.To, ct);
        if (year.Needs.Count + year.Achievements.Count + year.Events.Count + year.Cooperations.Count == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var lastYear = await MarketIndicators.YearAsync(db, context.Code, context.From.AddYears(-1), context.To.AddYears(-1), ct);
        var period = $"{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}";
        var parts = new List<SummarySpan[]>();
        if (year.Needs.Count > 0)
        {
            parts.Add([SummarySpan.Plain("征集技术需求"),
                context.Amount("market.needs", "征集技术需求数", year.Needs.Count, "项", $"企业技术需求：{period}审核发布的需求", Module, MarketIndicators.Needs)]);
        }
        if (year.Achievements.Count > 0)
        {
            parts.Add([SummarySpan.Plain("发布科技成果"),
                context.Amount("market.achievements", "发布科技成果数", year.Achievements.Count, "项", $"科技成果：{period}登记发布的成果", Module, MarketIndicators.Achievements)]);
        }
        if (year.Events.Count > 0)
        {
            parts.Add([SummarySpan.Plain("举办对接活动"),
                context.Figure("market.events", "举办产学研对接活动数", year.Events.Count, "场", $"{year.Events.Count}场", $"对接活动：{period}举办的活动", Module, MarketIndicators.Events)]);
        }
        if (year.Cooperations.Count > 0)
        {
            var source = $"产学研合作项目：{period}签约的项目";
            parts.Add([SummarySpan.Plain("促成合作"),
                context.Amount("market.cooperations", "促成产学研合作项目数", year.Cooperations.Count, "项", source, Module, MarketIndicators.Cooperations)]);
            var amount = year.Cooperations.Sum(c => c.Amount);
            if (amount > 0)
            {
                parts.Add([SummarySpan.Plain("合同金额"),
                    context.Amount("market.amount", "产学研合作合同金额", decimal.Round(amount / 10_000m, 2), "万元", source + "的合同金额", Module, MarketIndicators.Amount)]);
            }
        }
        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "产学研合作",
                SummaryPhrases.Tone(context, "促成产学研合作项目数", "market.cooperations", year.Cooperations.Count, lastYear.Cooperations.Count, MarketIndicators.Cooperations)),
            SummarySpan.Plain(context.PeriodPhrase),
        };
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                spans.Add(SummarySpan.Plain("，"));
            }
            spans.AddRange(parts[i]);
        }
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "搭建产学研对接平台，促进科技成果转化", [new SummaryParagraph(spans)])
        {
            Highlight = year.Cooperations.Count > 0 ? [SummarySpan.Plain("促成产学研合作"), context.Cite("market.cooperations")!] : [],
        };
    }

    /// <summary>The records behind a figure: the needs published, the achievements registered, the events held or the cooperations signed.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var (from, to) = (new DateOnly(trace.Year, 1, 1), new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1));
        var (start, end) = MarketIndicators.Instants(from, to);
        var span = $"本辖区{Zh.Date(from)}至{Zh.Date(to)}";
        switch (trace.Key)
        {
            case MarketIndicators.Needs:
            {
                var needs = db.TechNeeds.AsNoTracking().Within(n => n.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db))
                    .Where(n => n.Review == MarketWords.Published && n.PublishedAt >= start && n.PublishedAt < end);
                var rows = await needs.OrderBy(n => n.PublishedAt).Take(take).Select(n => new { n.Title, n.EnterpriseName, n.Field, n.Status, n.PublishedAt }).ToListAsync(ct);
                return new TraceRecords($"{span}审核发布的企业技术需求", ["需求名称", "企业", "技术领域", "状态", "发布时间"],
                    [.. rows.Select(n => (IReadOnlyList<string>)[n.Title, n.EnterpriseName, n.Field ?? "", n.Status, Zh.DateTime(n.PublishedAt!.Value)])], await needs.CountAsync(ct));
            }
            case MarketIndicators.Achievements:
            {
                var achievements = AchievementAccess.InRegion(db.Achievements.AsNoTracking(), db, region).Where(a => a.CreatedAt >= start && a.CreatedAt < end);
                var rows = await achievements.OrderBy(a => a.CreatedAt).Take(take).Select(a => new { a.Title, a.Holder, a.Stage, a.CreatedAt }).ToListAsync(ct);
                return new TraceRecords($"{span}登记发布的科技成果", ["成果名称", "持有单位", "成熟度", "登记时间"],
                    [.. rows.Select(a => (IReadOnlyList<string>)[a.Title, a.Holder, a.Stage, Zh.DateTime(a.CreatedAt)])], await achievements.CountAsync(ct));
            }
            case MarketIndicators.Events:
            {
                var events = EventAccess.InRegion(db.MarketEvents.AsNoTracking(), db, region).Where(e => e.HeldOn >= from && e.HeldOn <= to);
                var rows = await events.OrderBy(e => e.HeldOn).Take(take)
                    .Select(e => new { e.Title, e.HeldOn, e.Place, Invited = e.Invitees.Count, Attended = e.Invitees.Count(i => i.Attended), Intentions = e.Intentions.Count }).ToListAsync(ct);
                return new TraceRecords($"{span}举办的产学研对接活动", ["活动名称", "日期", "地点", "邀请单位", "出席单位", "现场意向"],
                    [.. rows.Select(e => (IReadOnlyList<string>)[e.Title, Zh.Date(e.HeldOn), e.Place, Zh.Number(e.Invited), Zh.Number(e.Attended), Zh.Number(e.Intentions)])],
                    await events.CountAsync(ct));
            }
            default:
            {
                var cooperations = CooperationAccess.InRegion(db.CooperationProjects.AsNoTracking(), db, region).Where(c => c.SignedOn >= from && c.SignedOn <= to);
                var rows = await cooperations.OrderBy(c => c.SignedOn).Take(take)
                    .Select(c => new { c.Title, c.EnterpriseName, c.Holder, c.Mode, c.SignedOn, c.Amount }).ToListAsync(ct);
                return new TraceRecords($"{span}签约的产学研合作项目", ["项目名称", "企业", "合作单位", "合作方式", "签约日期", "合同金额"],
                    [.. rows.Select(c => (IReadOnlyList<string>)[c.Title, c.EnterpriseName, c.Holder, c.Mode, Zh.Date(c.SignedOn), Zh.Wan(c.Amount)])],
                    await cooperations.CountAsync(ct));
            }
        }
    }
}
