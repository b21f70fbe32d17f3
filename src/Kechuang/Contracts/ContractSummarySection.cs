using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// 技术市场 in the work summary (docs/domain.md §8): registered contracts sold in the region this period — count, 合同成交额 and
/// 技术交易额 with YoY, completion and rank — and the leading type, from the same rollup as the statistics page.
/// </summary>
public sealed class ContractSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => ContractIndicatorCalculator.RegisterName;
    public int Order => 20;

    public IReadOnlyCollection<string> Keys { get; } =
        [ContractIndicatorCalculator.Count, ContractIndicatorCalculator.Turnover, ContractIndicatorCalculator.TechTransaction];

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var rows = await GetContractStats.RowsAsync(db, context.Code, [context.Year, context.Year - 1], context.Month, ct);
        var now = rows.Where(r => r.Period / 100 == context.Year).ToList();
        var last = rows.Where(r => r.Period / 100 == context.Year - 1).ToList();
        var count = now.Sum(r => r.Count);
        if (count == 0)
        {
            return null;
        }
        var source = $"技术合同登记：卖方在{context.Region.Name}、登记日期{Zh.Date(context.From)}至{Zh.Date(context.To)}的已登记合同";
        // The opening follows the figures (docs/domain.md §9): praise, problem, both, or neutral.
        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "技术市场交易",
                SummaryPhrases.Tone(context, "技术合同登记数", "contracts.count", count, last.Sum(r => r.Count), ContractIndicatorCalculator.Count),
                SummaryPhrases.Tone(context, "技术合同成交额", "contracts.turnover", now.Sum(r => r.Turnover), last.Sum(r => r.Turnover), ContractIndicatorCalculator.Turnover),
                SummaryPhrases.Tone(context, "技术交易额", "contracts.tech_transaction", now.Sum(r => r.TechTransaction), last.Sum(r => r.TechTransaction),
                    ContractIndicatorCalculator.TechTransaction)),
        };
        spans.AddRange(SummaryPhrases.Measure(context, $"{context.PeriodPhrase}登记技术合同", "contracts.count", "技术合同登记数",
            count, "项", last.Sum(r => r.Count), source, Module, ContractIndicatorCalculator.Count));
        spans.AddRange(SummaryPhrases.Measure(context, "；合同成交额", "contracts.turnover", "技术合同成交额",
            now.Sum(r => r.Turnover), null, last.Sum(r => r.Turnover), source, Module, ContractIndicatorCalculator.Turnover));
        spans.AddRange(SummaryPhrases.Measure(context, "；技术交易额", "contracts.tech_transaction", "技术交易额",
            now.Sum(r => r.TechTransaction), null, last.Sum(r => r.TechTransaction), source, Module, ContractIndicatorCalculator.TechTransaction));
        spans.Add(SummarySpan.Plain("。"));
        var paragraphs = new List<SummaryParagraph> { new(spans) };

        // The type with the largest 成交额 and its share, as summaries single it out ("其中技术开发合同…").
        var lead = now.GroupBy(r => ContractTypes.All.First(t => t.Word == r.Type).Category)
            .Select(g => (Category: g.Key, Count: g.Sum(r => r.Count), Turnover: g.Sum(r => r.Turnover)))
            .OrderByDescending(g => g.Turnover).First();
        var total = now.Sum(r => r.Turnover);
        if (total > 0)
        {
            var (value, unit) = SummaryPhrases.Money(lead.Turnover);
            var id = $"contracts.category.{ContractTypes.All.First(t => t.Category == lead.Category).Word}";
            paragraphs.Add(new SummaryParagraph(
            [
                SummarySpan.Plain($"二是{lead.Category}合同占主导。{lead.Category}合同"),
                context.Amount(id + ".count", $"{lead.Category}合同数", lead.Count, "项", source + $"中的{lead.Category}合同", Module, id),
                SummarySpan.Plain("，成交额"),
                context.Amount(id + ".turnover", $"{lead.Category}合同成交额", decimal.Round(value, 4), unit, source + $"中的{lead.Category}合同", Module, id),
                SummarySpan.Plain("，占合同成交额的"),
                new SummarySpan(Zh.Percent(lead.Turnover / total), id + ".turnover"),
                SummarySpan.Plain("。"),
            ]));
        }
        // The heading names the work, not a verdict: the verdict is the opening's (docs/domain.md §9).
        return new SummarySection(Module, "培育技术市场，推进成果转化", paragraphs)
        {
            // For 总体情况 (docs/reports.md): the count and the 成交额, as the sentence above printed them.
            Highlight = [SummarySpan.Plain("登记技术合同"), context.Cite("contracts.count")!, SummarySpan.Plain("、成交额"), context.Cite("contracts.turnover")!],
        };
    }

    /// <summary>The registered contracts behind a figure: all of the period, or those of one category.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var contracts = db.TechContracts.AsNoTracking()
            .Where(c => c.Status == ContractStatus.Registered
                && c.RegisteredPeriod >= TechContract.Period(from) && c.RegisteredPeriod <= TechContract.Period(to));
        contracts = ContractAccess.InRegion(contracts, region, RegionScope.MatchFor(db));
        var description = $"卖方在本辖区、登记日期{Zh.Date(from)}至{Zh.Date(to)}的已登记技术合同";
        if (trace.Key.StartsWith("contracts.category.", StringComparison.Ordinal))
        {
            var category = ContractTypes.All.First(t => t.Word == trace.Key["contracts.category.".Length..]).Category;
            var words = ContractTypes.All.Where(t => t.Category == category).Select(t => t.Word).ToList();
            contracts = contracts.Where(c => words.Contains(c.Type));
            description += $"（{category}）";
        }
        var rows = await contracts.OrderBy(c => c.DecidedOn).ThenBy(c => c.RegistrationNo).Take(take)
            .Select(c => new { c.RegistrationNo, c.Name, c.Type, c.SellerName, c.DecidedOn, c.Turnover, c.TechTransaction })
            .ToListAsync(ct);
        return new TraceRecords(description, ["登记编号", "合同名称", "类别", "卖方", "登记日期", "成交额", "技术交易额"],
            rows.Select(c => (IReadOnlyList<string>)
            [
                c.RegistrationNo ?? "", c.Name, ContractTypes.Chinese(c.Type), c.SellerName, c.DecidedOn is { } d ? Zh.Date(d) : "",
                Zh.Wan(c.Turnover), Zh.Wan(c.TechTransaction),
            ]).ToList(),
            await contracts.CountAsync(ct));
    }
}
