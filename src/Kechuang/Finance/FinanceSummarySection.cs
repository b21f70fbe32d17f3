using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>
/// 科技金融 in the work summary (docs/domain.md §7.4, §8): "发放科技贷款X亿元，惠及企业Y家", with the 贴息 paid when there
/// is any. No loan in the period: no section.
/// </summary>
public sealed class FinanceSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => FinanceIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [FinanceIndicators.Loans];
    public int Order => 54;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var rows = await FinanceAccess.InRegion(db, context.Code).Where(r => r.StartOn >= context.From && r.StartOn <= context.To)
            .Select(r => new { r.Kind, r.EnterpriseId, r.Amount }).ToListAsync(ct);
        var loans = rows.Where(r => r.Kind == FinanceWords.Loan).ToList();
        if (loans.Count == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var lastYear = (await FinanceAccess.InRegion(db, context.Code)
            .Where(r => r.Kind == FinanceWords.Loan && r.StartOn >= context.From.AddYears(-1) && r.StartOn <= context.To.AddYears(-1))
            .Select(r => r.Amount).ToListAsync(ct)).Sum();
        var yi = decimal.Round(loans.Sum(l => l.Amount) / 100_000_000m, 2, MidpointRounding.AwayFromZero);
        var source = $"科技金融登记：{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}放款的科技贷";
        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "科技金融工作",
                SummaryPhrases.Tone(context, "科技贷款发放额", "finance.loans", yi, decimal.Round(lastYear / 100_000_000m, 2, MidpointRounding.AwayFromZero), FinanceIndicators.Loans)),
            SummarySpan.Plain(context.PeriodPhrase + "发放科技贷款"),
            context.Amount("finance.loans", "科技贷款发放额", yi, "亿元", source + "的放款金额", Module, FinanceIndicators.Loans),
            SummarySpan.Plain("，惠及企业"),
            context.Amount("finance.enterprises", "获得科技贷款的企业数", loans.Select(l => l.EnterpriseId).Distinct().Count(), "家", source + "的借款企业", Module, "finance.enterprises"),
        };
        var subsidy = rows.Where(r => r.Kind == FinanceWords.Subsidy).Sum(r => r.Amount);
        if (subsidy > 0)
        {
            spans.Add(SummarySpan.Plain("，兑现贷款贴息"));
            spans.Add(context.Amount("finance.subsidy", "贷款贴息金额", decimal.Round(subsidy / 10_000m, 2, MidpointRounding.AwayFromZero), "万元",
                source.Replace("放款的科技贷", "拨付的贴息", StringComparison.Ordinal), Module, "finance.subsidy"));
        }
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "深化科技金融，缓解企业融资难题", [new SummaryParagraph(spans)])
        {
            Highlight = [SummarySpan.Plain("发放科技贷款"), context.Cite("finance.loans")!],
        };
    }

    /// <summary>The loans (or subsidies) behind a figure.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var kind = trace.Key == "finance.subsidy" ? FinanceWords.Subsidy : FinanceWords.Loan;
        var rows = FinanceAccess.InRegion(db, region).Where(r => r.Kind == kind && r.StartOn >= from && r.StartOn <= to).OrderBy(r => r.StartOn);
        var list = await ListFinanceRecords.DtosAsync(db, await rows.Take(take).ToListAsync(ct), ct);
        return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}的{kind}", ["企业", "机构", "产品", "金额", "年利率", "日期"],
            [.. list.Select(r => (IReadOnlyList<string>)[r.EnterpriseName ?? "", r.Institution, r.Product ?? "", Zh.Wan(r.Amount),
                r.Rate is { } rate ? rate.ToString("0.##", Zh.Culture) + "%" : "", Zh.Date(r.StartOn)])],
            await rows.CountAsync(ct));
    }
}
