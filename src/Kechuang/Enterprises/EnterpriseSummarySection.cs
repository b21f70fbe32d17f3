using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// 企业培育 in the work summary (docs/domain.md §8): new HTEs and the valid HTE total, tech-SME registrations, and this year's
/// cultivation pool, each against last year's same period — counted by the same rules as
/// <see cref="EnterpriseIndicators"/>. Parts without data are left out; no data at all, no section.
/// </summary>
public sealed class EnterpriseSummarySection(KechuangDbContext db, DerivedFigures derived) : ISummarySection
{
    public const string Pool = "pool";

    public string Module => EnterpriseIndicators.RegisterName;
    public int Order => 10;

    public IReadOnlyCollection<string> Keys { get; } =
        [EnterpriseIndicators.NewHte, EnterpriseIndicators.HteTotal, EnterpriseIndicators.TechSme, EnterpriseIndicators.RdActive, EnterpriseIndicators.Reporting];

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        // The counts the register's indicators show, this year and last to the same month's end (EnterpriseIndicators
        // counts titles by exactly these rules), from the figures the indicator pages share: no titles are read here.
        var byYear = await derived.OfAsync<EnterpriseIndicators>(context.Code, [context.Year, context.Year - 1], ct);
        var now = byYear[context.Year];
        var before = byYear[context.Year - 1];
        int Count(IReadOnlyList<DerivedFigure> figures, string code) =>
            (int)figures.Where(f => f.Code == code && f.Month == context.Month && f.RegionCode == context.Code.Value).Sum(f => f.Value);
        var newHte = Count(now, EnterpriseIndicators.NewHte);
        var newHteLast = Count(before, EnterpriseIndicators.NewHte);
        var total = Count(now, EnterpriseIndicators.HteTotal);
        var totalLast = Count(before, EnterpriseIndicators.HteTotal);
        var sme = Count(now, EnterpriseIndicators.TechSme);
        var smeLast = Count(before, EnterpriseIndicators.TechSme);
        var pool = await PoolAsync(context.Code, context.Year, ct);

        var paragraphs = new List<SummaryParagraph>();
        if (newHte > 0 || total > 0)
        {
            // The opening follows the figures (docs/domain.md §9): "…中，有效高新技术企业总数同比增长，但新认定高新技术企业数同比下降。"
            var figures = new List<ToneFigure>();
            if (newHte > 0)
            {
                figures.Add(SummaryPhrases.Tone(context, "新认定高新技术企业数", "enterprises.new_hte", newHte, newHteLast, EnterpriseIndicators.NewHte));
            }
            if (total > 0)
            {
                figures.Add(SummaryPhrases.Tone(context, "有效高新技术企业总数", "enterprises.hte_total", total, totalLast, EnterpriseIndicators.HteTotal));
            }
            var spans = new List<SummarySpan> { SummaryPhrases.Opening(context, "高新技术企业培育", [.. figures]) };
            if (newHte > 0)
            {
                spans.AddRange(SummaryPhrases.Measure(context, $"{context.PeriodPhrase}新认定高新技术企业", "enterprises.new_hte", "新认定高新技术企业",
                    newHte, "家", newHteLast, $"企业库：{Zh.Date(context.From)}至{Zh.Date(context.To)}取得高新技术企业证书的企业", Module, EnterpriseIndicators.NewHte));
                spans.Add(SummarySpan.Plain(total > 0 ? "；" : "。"));
            }
            if (total > 0)
            {
                spans.AddRange(SummaryPhrases.Measure(context, $"截至{context.Month}月底，全{RegionWord(context.Region)}有效高新技术企业达到", "enterprises.hte_total",
                    "有效高新技术企业总数", total, "家", totalLast, $"企业库：{Zh.Date(context.To)}持有效高新技术企业证书的企业", Module, EnterpriseIndicators.HteTotal));
                spans.Add(SummarySpan.Plain("。"));
            }
            paragraphs.Add(new SummaryParagraph(spans));
        }
        if (sme > 0)
        {
            var spans = new List<SummarySpan>
            {
                SummaryPhrases.Opening(context, "科技型中小企业培育",
                    SummaryPhrases.Tone(context, "科技型中小企业入库数", "enterprises.tech_sme", sme, smeLast, EnterpriseIndicators.TechSme)),
            };
            spans.AddRange(SummaryPhrases.Measure(context, $"{context.PeriodPhrase}科技型中小企业评价入库", "enterprises.tech_sme", "科技型中小企业入库",
                sme, "家", smeLast, $"企业库：{Zh.Date(context.From)}至{Zh.Date(context.To)}取得科技型中小企业入库登记编号的企业", Module, EnterpriseIndicators.TechSme));
            spans.Add(SummarySpan.Plain("。"));
            paragraphs.Add(new SummaryParagraph(spans));
        }
        if (pool.Count > 0)
        {
            var spans = new List<SummarySpan>
            {
                // Nothing to judge the pool by (no target, no last year): neutral (docs/domain.md §9).
                SummarySpan.Plain(context.Tone.Opening("后备梯队建设", []) + $"{context.Year}年培育库在库企业"),
                context.Amount("enterprises.pool", "培育库在库企业", pool.Sum(p => p.Value), "家",
                    $"企业培育库：{context.Year}年在库企业", Module, Pool),
            };
            var stages = pool.Where(p => p.Key != "候选").ToList();
            if (stages.Count > 0)
            {
                spans.Add(SummarySpan.Plain("，其中" + string.Join("、", stages.Select(p => $"{p.Key}{p.Value}家"))));
            }
            spans.Add(SummarySpan.Plain("。"));
            paragraphs.Add(new SummaryParagraph(spans));
        }
        if (paragraphs.Count == 0)
        {
            return null;
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            paragraphs[i] = new SummaryParagraph([SummarySpan.Plain(SummaryPhrases.Ordinal(i) + "是"), .. paragraphs[i].Spans]);
        }
        // The heading names the work, not a verdict: the verdict is each opening's (docs/domain.md §9).
        return new SummarySection(Module, "强化企业培育", paragraphs) { Highlight = Highlight(context) };
    }

    /// <summary>For 总体情况: the new HTEs, else the valid total, else the tech-SME registrations (docs/reports.md).</summary>
    private static IReadOnlyList<SummarySpan> Highlight(SummaryContext context) =>
        context.Cite("enterprises.new_hte") is { } newHte ? [SummarySpan.Plain("新认定高新技术企业"), newHte]
        : context.Cite("enterprises.hte_total") is { } total ? [SummarySpan.Plain("有效高新技术企业达到"), total]
        : context.Cite("enterprises.tech_sme") is { } sme ? [SummarySpan.Plain("科技型中小企业评价入库"), sme]
        : [];

    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var enterprises = In(region);
        switch (trace.Key)
        {
            case Pool:
                var entries = from c in db.CultivationEntries.AsNoTracking()
                              join e in enterprises on c.EnterpriseId equals e.Id
                              where c.Year == trace.Year
                              orderby e.Name
                              select new { e.Name, e.Uscc, c.Target, c.Stage };
                return new TraceRecords($"{trace.Year}年企业培育库在库企业", ["企业名称", "统一社会信用代码", "培育目标", "阶段"],
                    (await entries.Take(take).ToListAsync(ct)).Select(r => (IReadOnlyList<string>)[r.Name, r.Uscc, r.Target, r.Stage]).ToList(),
                    await entries.CountAsync(ct));
            case EnterpriseIndicators.RdActive or EnterpriseIndicators.Reporting:
                var facts = from f in db.EnterpriseYears.AsNoTracking()
                            join e in enterprises on f.EnterpriseId equals e.Id
                            where f.Year == trace.Year && e.AboveScale && (trace.Key == EnterpriseIndicators.Reporting || f.RdExpense > 0)
                            orderby e.Name
                            select new { e.Name, e.Uscc, f.RdExpense };
                return new TraceRecords(
                    trace.Key == EnterpriseIndicators.RdActive ? $"{trace.Year}年有研发费用的规上企业" : $"{trace.Year}年报送年度数据的规上企业",
                    ["企业名称", "统一社会信用代码", "研发费用"],
                    (await facts.Take(take).ToListAsync(ct)).Select(r => (IReadOnlyList<string>)[r.Name, r.Uscc, Zh.Wan(r.RdExpense)]).ToList(),
                    await facts.CountAsync(ct));
            default:
                var type = trace.Key == EnterpriseIndicators.TechSme ? QualificationType.TechSme : QualificationType.HighTech;
                var titles = Titles(enterprises, type);
                titles = trace.Key == EnterpriseIndicators.HteTotal
                    ? titles.Where(t => t.Q.IssuedOn <= to && (t.Q.ExpiresOn == null || t.Q.ExpiresOn >= to) && (t.Q.RevokedOn == null || t.Q.RevokedOn > to))
                    : titles.Where(t => t.Q.IssuedOn >= from && t.Q.IssuedOn <= to);
                var rows = titles.OrderBy(t => t.Q.IssuedOn).ThenBy(t => t.E.Name)
                    .Select(t => new { t.E.Name, t.E.Uscc, t.Q.Number, t.Q.IssuedOn, t.Q.ExpiresOn });
                var description = trace.Key == EnterpriseIndicators.HteTotal
                    ? $"{Zh.Date(to)}持有效高新技术企业证书的企业"
                    : $"{Zh.Date(from)}至{Zh.Date(to)}取得{type}{(type == QualificationType.HighTech ? "证书" : "入库登记编号")}的企业";
                return new TraceRecords(description, ["企业名称", "统一社会信用代码", "证书/登记编号", "发证日期", "有效期至"],
                    (await rows.Take(take).ToListAsync(ct)).Select(r => (IReadOnlyList<string>)
                        [r.Name, r.Uscc, r.Number, Zh.Date(r.IssuedOn), r.ExpiresOn is { } e ? Zh.Date(e) : "—"]).ToList(),
                    await titles.Select(t => t.E.Id).Distinct().CountAsync(ct));
        }
    }

    // Member initialisation, not a constructor: EF translates filters on it after the projection.
    private sealed class Titled
    {
        public required Enterprise E { get; init; }
        public required Qualification Q { get; init; }
    }

    private IQueryable<Titled> Titles(IQueryable<Enterprise> enterprises, string type) =>
        from q in db.Qualifications.AsNoTracking()
        join e in enterprises on q.EnterpriseId equals e.Id
        where q.Type == type
        select new Titled { E = e, Q = q };

    /// <summary>Enterprises an indicator of <paramref name="region"/> counts: by county prefix, or by town.</summary>
    private IQueryable<Enterprise> In(RegionCode region) =>
        db.Enterprises.AsNoTracking().InRegion(region, RegionScope.MatchFor(db));

    /// <summary>Pool entries by stage, in the stages' own order.</summary>
    private async Task<List<KeyValuePair<string, int>>> PoolAsync(RegionCode region, int year, CancellationToken ct)
    {
        var counts = await (from c in db.CultivationEntries.AsNoTracking()
                            join e in In(region) on c.EnterpriseId equals e.Id
                            where c.Year == year
                            group c by c.Stage into g
                            select new { Stage = g.Key, Count = g.Count() }).ToListAsync(ct);
        return Cultivation.CultivationOptions.Stages.Where(s => counts.Any(c => c.Stage == s))
            .Select(s => new KeyValuePair<string, int>(s, counts.First(c => c.Stage == s).Count)).ToList();
    }

    /// <summary>全县, 全区, 全市, 全省: the last character of the region's own name.</summary>
    private static string RegionWord(Regions.Region region) => region.Name.Length > 0 ? region.Name[^1..] : "";
}
