using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// 政策兑现 in the work summary (docs/domain.md §7.5, §8): "兑现各类科技创新奖励扶持资金X万元，惠及企业Y家" from the payments
/// recorded in the period. Nothing paid: no section.
/// </summary>
public sealed class PolicySummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => PolicyIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [PolicyIndicators.Paid, PolicyIndicators.Enterprises];
    public int Order => 25;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var payments = await PolicyIndicators.PaymentsAsync(db, context.Code, context.From, context.To, ct);
        if (payments.Count == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var lastYear = await PolicyIndicators.PaymentsAsync(db, context.Code, context.From.AddYears(-1), context.To.AddYears(-1), ct);
        var wan = decimal.Round(payments.Sum(p => p.Amount) / 10_000m, 2, MidpointRounding.AwayFromZero);
        var lastWan = decimal.Round(lastYear.Sum(p => p.Amount) / 10_000m, 2, MidpointRounding.AwayFromZero);
        var enterprises = payments.Select(p => p.EnterpriseId).Distinct().Count();
        var source = $"政策兑现台账：{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}已兑现的奖励";
        SummarySpan[] spans =
        [
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "政策兑现",
                SummaryPhrases.Tone(context, "兑现科技创新奖励扶持资金", "policies.paid", wan, lastWan, PolicyIndicators.Paid)),
            SummarySpan.Plain($"{context.PeriodPhrase}兑现各类科技创新奖励扶持资金"),
            context.Amount("policies.paid", "兑现科技创新奖励扶持资金", wan, "万元", source + "的实付金额", Module, PolicyIndicators.Paid),
            SummarySpan.Plain("，惠及企业"),
            context.Amount("policies.enterprises", "获兑现企业数", enterprises, "家", source + "的企业（每家计一次）", Module, PolicyIndicators.Enterprises),
            SummarySpan.Plain("。"),
        ];
        return new SummarySection(Module, "落实科技政策，兑现奖励扶持资金", [new SummaryParagraph(spans)])
        {
            Highlight = [SummarySpan.Plain("兑现奖励扶持资金"), context.Cite("policies.paid")!],
        };
    }

    /// <summary>The paid awards behind a figure.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var awards = PolicyAccess.InRegion(db.PolicyAwards.AsNoTracking(), region, RegionScope.MatchFor(db))
            .Where(a => a.Status == AwardStatus.Paid && a.PaidOn >= from && a.PaidOn <= to);
        var rows = await awards.OrderBy(a => a.PaidOn).ThenBy(a => a.Uscc).Take(take).ToListAsync(ct);
        return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}已兑现的政策奖励", ["条款", "年度", "企业", "统一社会信用代码", "兑现日期", "实付金额（元）", "凭证号"],
            [.. rows.Select(a => (IReadOnlyList<string>)[a.Code, a.Year.ToString(Zh.Culture), a.EnterpriseName, a.Uscc, Zh.Date(a.PaidOn!.Value),
                PolicyCalculator.Yuan(a.PaidAmount), a.VoucherNo ?? ""])],
            await awards.CountAsync(ct));
    }
}
