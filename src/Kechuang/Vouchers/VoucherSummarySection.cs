using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>
/// 创新券 in the work summary (docs/domain.md §7.4, §8): "兑现创新券X万元，惠及企业Y家" from the redemptions served in the
/// period. No redemption in the period: no section.
/// </summary>
public sealed class VoucherSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => VoucherIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [VoucherIndicators.Redeemed];
    public int Order => 52;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var rows = await VoucherAccess.Redemptions(db, context.Code).Where(r => r.ServedOn >= context.From && r.ServedOn <= context.To)
            .Select(r => new { r.EnterpriseId, r.Covered }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var lastYear = (await VoucherAccess.Redemptions(db, context.Code)
            .Where(r => r.ServedOn >= context.From.AddYears(-1) && r.ServedOn <= context.To.AddYears(-1)).Select(r => r.Covered).ToListAsync(ct)).Sum();
        var wan = decimal.Round(rows.Sum(r => r.Covered) / 10_000m, 2, MidpointRounding.AwayFromZero);
        var source = $"创新券兑现登记：{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}提供服务的兑现";
        SummarySpan[] spans =
        [
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "创新券工作",
                SummaryPhrases.Tone(context, "兑现创新券金额", "vouchers.redeemed", wan, decimal.Round(lastYear / 10_000m, 2, MidpointRounding.AwayFromZero), VoucherIndicators.Redeemed)),
            SummarySpan.Plain(context.PeriodPhrase + "兑现创新券"),
            context.Amount("vouchers.redeemed", "兑现创新券金额", wan, "万元", source + "的抵扣金额", Module, VoucherIndicators.Redeemed),
            SummarySpan.Plain("，惠及企业"),
            context.Amount("vouchers.enterprises", "创新券惠及企业数", rows.Select(r => r.EnterpriseId).Distinct().Count(), "家", source + "的用券企业", Module, "vouchers.enterprises"),
            SummarySpan.Plain("。"),
        ];
        return new SummarySection(Module, "用好科技创新券，降低企业创新成本", [new SummaryParagraph(spans)])
        {
            Highlight = [SummarySpan.Plain("兑现创新券"), context.Cite("vouchers.redeemed")!],
        };
    }

    /// <summary>The redemptions behind the figures.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var rows = VoucherAccess.Redemptions(db, region).Where(r => r.ServedOn >= from && r.ServedOn <= to).OrderBy(r => r.ServedOn);
        var list = await ListRedemptions.DtosAsync(db, rows.Take(take), ct);
        return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}的创新券兑现", ["券号", "用券企业", "服务机构", "服务日期", "发票号码", "合同金额", "抵扣金额"],
            [.. list.Select(r => (IReadOnlyList<string>)[r.VoucherNumber, r.EnterpriseName ?? "", r.ProviderName, Zh.Date(r.ServedOn), r.InvoiceNo, Zh.Wan(r.ContractAmount), Zh.Wan(r.Covered)])],
            await rows.CountAsync(ct));
    }
}
