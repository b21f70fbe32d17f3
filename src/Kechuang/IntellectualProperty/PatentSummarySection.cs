using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>
/// 知识产权 in the work summary (docs/domain.md §7.8, §8): "全县发明专利授权12件，每万人发明专利拥有量4.35件" — the
/// invention patents granted in the period, then the valid ones per 10,000 people at its end when the population is
/// entered. No invention patent granted in the period and none valid: no section.
/// </summary>
public sealed class PatentSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => PatentIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [PatentIndicators.InventionsGranted, PatentIndicators.PerTenThousand];
    public int Order => 45;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var rows = await PatentCounts.GrantedAsync(db, context.Code, context.To, ct);
        var granted = PatentCounts.Granted(rows, context.From, context.To);
        var valid = PatentCounts.ValidInventions(rows, context.To);
        if (granted == 0 && valid == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var lastYear = PatentCounts.Granted(rows, context.From.AddYears(-1), context.To.AddYears(-1));
        var population = await PatentCounts.PopulationAsync(db, context.Region.Code, context.Year, ct);
        var whole = Whole(context.Region);
        var period = $"{Zh.Date(context.From)}至{Zh.Date(context.To)}";
        var source = $"企业专利登记：{context.Region.Name}{period}授权公告的发明专利";
        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "知识产权工作",
                SummaryPhrases.Tone(context, "发明专利授权数", "patents.granted", granted, lastYear, PatentIndicators.InventionsGranted)),
            SummarySpan.Plain($"{context.PeriodPhrase}{whole}发明专利授权"),
            context.Amount("patents.granted", "发明专利授权数", granted, "件", source, Module, PatentIndicators.InventionsGranted),
        };
        if (PatentRules.PerTenThousand(valid, population?.Population) is { } ratio)
        {
            var ratioSource = $"企业专利登记：{context.Region.Name}截至{Zh.Date(context.To)}的有效发明专利{valid}件，"
                + $"除以{population!.Value.Year}年末常住人口{Zh.Amount(population.Value.Population, "万人")}（人口登记）";
            spans.Add(SummarySpan.Plain("，每万人发明专利拥有量"));
            // Printed as the house writes it, "每万人发明专利拥有量4.35件", two decimals (the unit is 件/万人).
            spans.Add(context.Figure("patents.per10k", "每万人发明专利拥有量", ratio, "件/万人",
                ratio.ToString("N2", Zh.Culture) + "件", ratioSource, Module, PatentIndicators.PerTenThousand));
        }
        else
        {
            spans.Add(SummarySpan.Plain("，有效发明专利"));
            spans.Add(context.Amount("patents.valid", "有效发明专利数", valid, "件",
                $"企业专利登记：{context.Region.Name}截至{Zh.Date(context.To)}的有效发明专利", Module, "patents.valid"));
        }
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "加强知识产权创造和保护", [new SummaryParagraph(spans)])
        {
            Highlight = granted > 0 ? [SummarySpan.Plain("发明专利授权"), context.Cite("patents.granted")!] : [],
        };
    }

    /// <summary>The patents behind a figure: those granted in the period, or those valid at its end.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var inventions = IpAccess.InRegion(db.Patents.AsNoTracking(), region, RegionScope.MatchFor(db)).Where(p => p.Kind == PatentKinds.Invention);
        var (title, rows) = trace.Key == PatentIndicators.InventionsGranted
            ? ($"本辖区{Zh.Date(from)}至{Zh.Date(to)}授权的发明专利", inventions.Where(p => p.GrantedOn >= from && p.GrantedOn <= to))
            : ($"本辖区截至{Zh.Date(to)}的有效发明专利", inventions.Where(p => p.GrantedOn <= to && (p.LapsedOn == null || p.LapsedOn > to)));
        var list = await rows.OrderBy(p => p.GrantedOn).ThenBy(p => p.Number).Take(take).ToListAsync(ct);
        return new TraceRecords(title, ["专利号", "专利名称", "专利权人", "申请日", "授权公告日"],
            [.. list.Select(p => (IReadOnlyList<string>)["ZL" + p.Number, p.Title ?? "", p.Applicant, Zh.Date(p.AppliedOn), Zh.Date(p.GrantedOn!.Value)])],
            await rows.CountAsync(ct));
    }

    /// <summary>全县, 全区, 全市 or 全省: how the bureau names its whole area.</summary>
    internal static string Whole(Region region) => region.Level switch
    {
        RegionLevel.County when region.Name.EndsWith('区') => "全区",
        RegionLevel.County when region.Name.EndsWith('市') => "全市",
        RegionLevel.County => "全县",
        RegionLevel.Prefecture => "全市",
        RegionLevel.Province => "全省",
        _ => "全国",
    };
}
