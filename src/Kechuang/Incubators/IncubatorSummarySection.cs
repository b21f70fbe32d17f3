using System.Globalization;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Incubators;

/// <summary>
/// 孵化载体 in the work summary (docs/domain.md §7.3, §8): the carriers in use at the period's end by level, their space,
/// and the space added this period against last year's and the 新增孵化空间面积 target; then, when tenants are registered,
/// those in residence, the period's graduates and the titles tenants gained in residence. No carrier in use: no section.
/// </summary>
public sealed class IncubatorSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => IncubatorIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [IncubatorIndicators.NewArea];
    public int Order => 30;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var carriers = await IncubatorAccess.InRegion(db.Incubators.AsNoTracking().Include(i => i.Areas).Include(i => i.Tenants), context.Code, RegionScope.MatchFor(db))
            .Where(i => i.OpenedOn <= context.To)
            .ToListAsync(ct);
        if (carriers.Count == 0)
        {
            return null;
        }
        var lastYearTo = context.To.AddYears(-1);
        var added = carriers.SelectMany(i => i.Areas).Where(a => a.InUseOn >= context.From && a.InUseOn <= context.To).Sum(a => a.AreaSqm) / 10_000m;
        var addedLastYear = carriers.SelectMany(i => i.Areas).Where(a => a.InUseOn >= context.From.AddYears(-1) && a.InUseOn <= lastYearTo).Sum(a => a.AreaSqm) / 10_000m;
        var total = carriers.Sum(i => i.AreaOn(context.To)) / 10_000m;
        var source = $"孵化载体登记：{context.Region.Name}截至{Zh.Date(context.To)}在用的孵化载体";
        var addedSource = $"孵化载体登记：{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}投入使用的孵化空间";

        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "孵化载体建设",
                SummaryPhrases.Tone(context, "新增孵化空间面积", "incubators.new_area", added, addedLastYear, IncubatorIndicators.NewArea)),
            SummarySpan.Plain($"截至{context.To.Month}月底，全{ScopeWord(context)}在用孵化载体"),
            context.Amount("incubators.count", "孵化载体数", carriers.Count, "家", source, Module, "incubators.count"),
        };
        var byLevel = IncubatorWords.Levels.Select(l => (Level: l, Count: carriers.Count(i => i.Level == l))).Where(l => l.Count > 0).ToList();
        if (byLevel.Count > 1)
        {
            spans.Add(SummarySpan.Plain("（其中"));
            for (var k = 0; k < byLevel.Count; k++)
            {
                var (level, count) = byLevel[k];
                spans.Add(SummarySpan.Plain((k > 0 ? "、" : "") + level));
                spans.Add(context.Amount($"incubators.level.{k}", $"{level}孵化载体数", count, "家", source + $"中的{level}载体", Module, "incubators.count"));
            }
            spans.Add(SummarySpan.Plain("）"));
        }
        spans.Add(SummarySpan.Plain("，孵化空间"));
        spans.Add(context.Amount("incubators.area", "孵化空间面积", decimal.Round(total, 2), "万平方米", source, Module, "incubators.count"));
        spans.AddRange(SummaryPhrases.Measure(context, $"；{context.PeriodPhrase}新增孵化空间", "incubators.new_area", "新增孵化空间面积",
            decimal.Round(added, 2), "万平方米", addedLastYear, addedSource, Module, IncubatorIndicators.NewArea));
        if (carriers.Any(i => i.Tenants.Count > 0))
        {
            spans.AddRange(await TenantSpansAsync(context, carriers, ct));
        }
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "建设孵化载体，拓展创新创业空间", [new SummaryParagraph(spans)])
        {
            Highlight = [SummarySpan.Plain("新增孵化空间"), context.Cite("incubators.new_area")!],
        };
    }

    /// <summary>"；在孵企业X家，1—N月毕业企业Y家，在孵企业中新认定高新技术企业Z家、科技型中小企业W家" — the titles only when gained.</summary>
    private async Task<List<SummarySpan>> TenantSpansAsync(SummaryContext context, List<Incubator> carriers, CancellationToken ct)
    {
        var titles = await EnterpriseLookup.TitlesAsync(db, carriers.SelectMany(i => i.Tenants).Select(t => t.EnterpriseId).OfType<Guid>(), ct);
        var figures = carriers.Select(i => IncubatorFigures.For(i, titles, context.From, context.To)).ToList();
        var source = $"孵化载体登记：{context.Region.Name}各载体的在孵企业，截至{Zh.Date(context.To)}";
        var periodSource = $"孵化载体登记：{context.Region.Name}各载体的在孵企业，{Zh.Date(context.From)}至{Zh.Date(context.To)}";
        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("；在孵企业"),
            context.Amount("incubators.tenants", "在孵企业数", figures.Sum(f => f.InResidence), "家", source, Module, Tenants),
            SummarySpan.Plain($"，{context.PeriodPhrase}毕业企业"),
            context.Amount("incubators.graduated", "毕业企业数", figures.Sum(f => f.Graduated), "家", periodSource, Module, Tenants),
        };
        var gained = new[] { (QualificationType.HighTech, figures.Sum(f => f.BecameHighTech)), (QualificationType.TechSme, figures.Sum(f => f.BecameTechSme)) }
            .Where(g => g.Item2 > 0).ToList();
        for (var k = 0; k < gained.Count; k++)
        {
            var (type, count) = gained[k];
            spans.Add(SummarySpan.Plain(k == 0 ? $"，在孵企业中新认定{type}" : $"、{type}"));
            spans.Add(context.Amount($"incubators.became.{k}", $"在孵期间新认定{type}数", count, "家", periodSource + $"在孵期间获认定的{type}", Module, Tenants));
        }
        return spans;
    }

    private const string Tenants = "incubators.tenants";

    private static string ScopeWord(SummaryContext context) => context.Region.Level switch
    {
        RegionLevel.County => context.Region.Name.EndsWith("区", StringComparison.Ordinal) ? "区" : context.Region.Name.EndsWith("市", StringComparison.Ordinal) ? "市" : "县",
        RegionLevel.Prefecture => "市",
        RegionLevel.Province => "省",
        _ => "域",
    };

    /// <summary>The carriers behind a figure, or the space that came into use in the period for 新增孵化空间面积.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var carriers = IncubatorAccess.InRegion(db.Incubators.AsNoTracking(), region, RegionScope.MatchFor(db));
        if (trace.Key == IncubatorIndicators.NewArea)
        {
            var ids = carriers.Select(i => i.Id);
            var areas = db.IncubatorAreas.AsNoTracking().Where(a => ids.Contains(a.IncubatorId) && a.InUseOn >= from && a.InUseOn <= to);
            var rows = await areas.Join(db.Incubators, a => a.IncubatorId, i => i.Id, (a, i) => new { i.Name, i.Kind, i.Level, a.InUseOn, a.AreaSqm, a.Note })
                .OrderBy(r => r.InUseOn).Take(take).ToListAsync(ct);
            return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}投入使用的孵化空间", ["载体名称", "类型", "级别", "投入使用日期", "面积（平方米）", "说明"],
                [.. rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Kind, r.Level, Zh.Date(r.InUseOn), Sqm(r.AreaSqm), r.Note ?? ""])],
                await areas.CountAsync(ct));
        }
        if (trace.Key == Tenants)
        {
            var ids = carriers.Select(i => i.Id);
            var tenants = db.IncubatorTenants.AsNoTracking().Where(t => ids.Contains(t.IncubatorId) && t.EnteredOn <= to && (t.LeftOn == null || t.LeftOn >= from));
            var rows = await tenants.Join(db.Incubators, t => t.IncubatorId, i => i.Id, (t, i) => new { Carrier = i.Name, t.Name, t.EnteredOn, t.LeftOn, t.Graduated })
                .OrderBy(r => r.EnteredOn).Take(take).ToListAsync(ct);
            return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}在孵的企业和团队", ["载体名称", "在孵企业", "入驻日期", "离开日期", "状态"],
                [.. rows.Select(r => (IReadOnlyList<string>)[r.Carrier, r.Name, Zh.Date(r.EnteredOn), r.LeftOn is { } l ? Zh.Date(l) : "", r.LeftOn is null ? "在孵" : r.Graduated ? "毕业" : "退出"])],
                await tenants.CountAsync(ct));
        }
        var inUse = carriers.Where(i => i.OpenedOn <= to);
        var list = await inUse.Include(i => i.Areas).OrderBy(i => i.OpenedOn).Take(take).ToListAsync(ct);
        return new TraceRecords($"本辖区截至{Zh.Date(to)}在用的孵化载体", ["载体名称", "类型", "级别", "启用日期", "在用面积（平方米）"],
            [.. list.Select(i => (IReadOnlyList<string>)[i.Name, i.Kind, i.Level, Zh.Date(i.OpenedOn), Sqm(i.AreaOn(to))])],
            await inUse.CountAsync(ct));
    }

    private static string Sqm(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
