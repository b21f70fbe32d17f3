using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>
/// 防震减灾 in the work summary (docs/domain.md §7.10, §8): the approvals decided in the period and whether all were within
/// the time limit ("完成建设工程抗震设防要求审批12件，均在法定时限内办结", or how many were late and the on-time share), then
/// the drills held. Nothing decided and no drill in the period: no section.
/// </summary>
public sealed class SeismicSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => SeismicIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [SeismicIndicators.Completed, SeismicIndicators.OnTimeShare];
    public int Order => 50;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var approvals = SeismicAccess.InRegion(db.SeismicApprovals.AsNoTracking(), context.Code, RegionScope.MatchFor(db));
        var decided = await approvals.Where(a => a.DecidedOn >= context.From && a.DecidedOn <= context.To)
            .Select(a => new { DecidedOn = a.DecidedOn!.Value, a.DueOn }).ToListAsync(ct);
        var lastYear = await approvals.CountAsync(a => a.DecidedOn >= context.From.AddYears(-1) && a.DecidedOn <= context.To.AddYears(-1), ct);
        var drills = await SeismicAccess.InRegion(db.SeismicDrills.AsNoTracking(), context.Code, RegionScope.MatchFor(db))
            .Where(d => d.HeldOn >= context.From && d.HeldOn <= context.To).Select(d => d.Participants).ToListAsync(ct);
        if (decided.Count == 0 && drills.Count == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var period = $"{Zh.Date(context.From)}至{Zh.Date(context.To)}";
        var spans = new List<SummarySpan> { SummarySpan.Plain("一是") };
        if (decided.Count > 0)
        {
            var source = $"抗震设防要求审批登记：{context.Region.Name}{period}作出决定的审批";
            spans.Add(SummaryPhrases.Opening(context, "防震减灾工作",
                SummaryPhrases.Tone(context, "抗震设防要求审批办结数", "seismic.approvals", decided.Count, lastYear, SeismicIndicators.Completed)));
            spans.Add(SummarySpan.Plain($"{context.PeriodPhrase}完成建设工程抗震设防要求审批"));
            spans.Add(context.Amount("seismic.approvals", "抗震设防要求审批办结数", decided.Count, "件", source, Module, SeismicIndicators.Completed));
            var late = decided.Count(d => d.DecidedOn > d.DueOn);
            if (late == 0)
            {
                spans.Add(SummarySpan.Plain("，均在法定时限内办结"));
            }
            else
            {
                var share = decimal.Round((decided.Count - late) * 100m / decided.Count, 2, MidpointRounding.AwayFromZero);
                spans.Add(SummarySpan.Plain("，其中"));
                spans.Add(context.Amount("seismic.late", "超过时限办结的审批数", late, "件", source + "中决定日期晚于到期日的", Module, "seismic.late"));
                spans.Add(SummarySpan.Plain("超过法定时限办结，按时办结率"));
                spans.Add(context.Amount("seismic.ontime", "抗震设防要求审批按时办结率", share, "%", source + "中按时办结的比例", Module, SeismicIndicators.OnTimeShare));
            }
        }
        else
        {
            spans.Add(SummarySpan.Plain("防震减灾方面，"));
        }
        if (drills.Count > 0)
        {
            var source = $"地震应急演练登记：{context.Region.Name}{period}举行的演练";
            spans.Add(SummarySpan.Plain(decided.Count > 0 ? "；组织地震应急演练" : "组织地震应急演练"));
            spans.Add(context.Figure("seismic.drills", "地震应急演练场次", drills.Count, "场", $"{drills.Count}场", source, Module, "seismic.drills"));
            spans.Add(SummarySpan.Plain("，参与"));
            spans.Add(context.Figure("seismic.participants", "演练参与人数", drills.Sum(), "人", $"{Zh.Number(drills.Sum())}人次", source + "的参与人数", Module, "seismic.drills"));
        }
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "做好防震减灾，把好建设工程抗震设防关", [new SummaryParagraph(spans)])
        {
            Highlight = decided.Count > 0 ? [SummarySpan.Plain("完成抗震设防要求审批"), context.Cite("seismic.approvals")!] : [],
        };
    }

    /// <summary>The approvals behind a figure (all decided in the period, or the late ones), or the drills.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        if (trace.Key == "seismic.drills")
        {
            var drills = SeismicAccess.InRegion(db.SeismicDrills.AsNoTracking(), region, RegionScope.MatchFor(db)).Where(d => d.HeldOn >= from && d.HeldOn <= to);
            var list = await drills.OrderBy(d => d.HeldOn).Take(take).ToListAsync(ct);
            return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}的地震应急演练", ["演练名称", "日期", "地点", "参与人数", "组织单位"],
                [.. list.Select(d => (IReadOnlyList<string>)[d.Title, Zh.Date(d.HeldOn), d.Place, d.Participants.ToString(Zh.Culture), d.Organiser ?? ""])],
                await drills.CountAsync(ct));
        }
        var approvals = SeismicAccess.InRegion(db.SeismicApprovals.AsNoTracking(), region, RegionScope.MatchFor(db))
            .Where(a => a.DecidedOn >= from && a.DecidedOn <= to);
        if (trace.Key == "seismic.late")
        {
            approvals = approvals.Where(a => a.DecidedOn > a.DueOn);
        }
        var rows = await approvals.OrderBy(a => a.DecidedOn).Take(take).ToListAsync(ct);
        return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}办结的抗震设防要求审批", ["项目名称", "建设单位", "受理日期", "到期日", "决定日期", "结果", "文号"],
            [.. rows.Select(a => (IReadOnlyList<string>)[a.ProjectName, a.Applicant, Zh.Date(a.ReceivedOn), Zh.Date(a.DueOn),
                Zh.Date(a.DecidedOn!.Value), a.Decision ?? "", a.DocumentNumber ?? ""])],
            await approvals.CountAsync(ct));
    }
}
