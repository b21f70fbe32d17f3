using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms;

/// <summary>
/// 研发平台 in the work summary (docs/domain.md §7.2, §8): new provincial-or-above institutions against last year and the
/// target, the new recognitions of the period by level and kind as the seed summaries list them ("新增省级企业研究院1家，
/// 省级高新技术企业研发中心2家，市级企业研发中心11家"), and the platforms in effect. No recognition at all: no section.
/// </summary>
public sealed class PlatformSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => PlatformIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [PlatformIndicators.NewProvincial];
    public int Order => 25;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var platforms = await PlatformAccess.InRegion(db.Platforms.AsNoTracking().Include(p => p.Recognitions), context.Code, RegionScope.MatchFor(db))
            .ToListAsync(ct);
        var recognitions = platforms.SelectMany(p => p.Recognitions.Select(r => (Platform: p, Recognition: r))).ToList();
        if (!recognitions.Any(x => x.Recognition.RecognisedOn <= context.To))
        {
            return null;
        }
        var inPeriod = recognitions.Where(x => x.Recognition.RecognisedOn >= context.From && x.Recognition.RecognisedOn <= context.To).ToList();
        var lastYear = recognitions.Count(x => x.Recognition.RecognisedOn >= context.From.AddYears(-1) && x.Recognition.RecognisedOn <= context.To.AddYears(-1)
            && PlatformKinds.ProvincialOrAbove(x.Recognition.Level));
        var provincial = inPeriod.Count(x => PlatformKinds.ProvincialOrAbove(x.Recognition.Level));
        var inEffect = platforms.Count(p => p.RecognisedOn <= context.To && (p.WithdrawnOn is null || p.WithdrawnOn > context.To));
        var source = $"研发平台登记：{context.Region.Name}{Zh.Date(context.From)}至{Zh.Date(context.To)}的认定（含升级）";

        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "研发平台建设",
                SummaryPhrases.Tone(context, "新增省级以上研发机构数", "platforms.new_provincial", provincial, lastYear, PlatformIndicators.NewProvincial)),
        };
        spans.AddRange(SummaryPhrases.Measure(context, $"{context.PeriodPhrase}新增省级以上研发机构", "platforms.new_provincial", "新增省级以上研发机构数",
            provincial, "家", lastYear, source, Module, PlatformIndicators.NewProvincial));
        var groups = inPeriod.GroupBy(x => (x.Recognition.Level, x.Platform.Kind))
            .OrderByDescending(g => PlatformKinds.Rank(g.Key.Level)).ThenBy(g => g.Key.Kind, StringComparer.Ordinal).ToList();
        if (groups.Count > 0)
        {
            spans.Add(SummarySpan.Plain("，新认定"));
            for (var k = 0; k < groups.Count; k++)
            {
                var ((level, kind), count) = (groups[k].Key, groups[k].Count());
                spans.Add(SummarySpan.Plain((k > 0 ? "、" : "") + level + kind));
                spans.Add(context.Amount($"platforms.new.{k}", $"新认定{level}{kind}数", count, "家", source + $"中的{level}{kind}", Module, "platforms.new"));
            }
        }
        spans.Add(SummarySpan.Plain($"；截至{context.To.Month}月底，共有在册研发平台"));
        spans.Add(context.Amount("platforms.count", "在册研发平台数", inEffect, "家", $"研发平台登记：{context.Region.Name}截至{Zh.Date(context.To)}未撤销的平台", Module, "platforms.count"));
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "建设研发平台，集聚创新资源", [new SummaryParagraph(spans)])
        {
            Highlight = [SummarySpan.Plain("新增省级以上研发机构"), context.Cite("platforms.new_provincial")!],
        };
    }

    /// <summary>The recognitions of the period behind a "new" figure, or the platforms in effect.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        var platforms = PlatformAccess.InRegion(db.Platforms.AsNoTracking(), region, RegionScope.MatchFor(db));
        if (trace.Key == "platforms.count")
        {
            var list = await platforms.Include(p => p.Recognitions).Where(p => p.WithdrawnOn == null || p.WithdrawnOn > to).ToListAsync(ct);
            var shown = list.Where(p => p.RecognisedOn <= to).OrderBy(p => p.RecognisedOn).ToList();
            return new TraceRecords($"本辖区截至{Zh.Date(to)}在册的研发平台", ["平台名称", "类型", "级别", "依托单位", "首次认定"],
                [.. shown.Take(take).Select(p => (IReadOnlyList<string>)[p.Name, p.Kind, p.Level, p.HostName, Zh.Date(p.RecognisedOn)])], shown.Count);
        }
        var ids = platforms.Select(p => p.Id);
        var recognitions = db.PlatformRecognitions.AsNoTracking().Where(r => ids.Contains(r.PlatformId) && r.RecognisedOn >= from && r.RecognisedOn <= to);
        if (trace.Key == PlatformIndicators.NewProvincial)
        {
            recognitions = recognitions.Where(r => r.Level == "省级" || r.Level == "国家级");
        }
        var rows = await recognitions.Join(db.Platforms, r => r.PlatformId, p => p.Id, (r, p) => new { p.Name, p.Kind, r.Level, p.HostName, r.RecognisedOn, r.DocumentNumber })
            .OrderBy(r => r.RecognisedOn).Take(take).ToListAsync(ct);
        return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}的研发平台认定（含升级）", ["平台名称", "类型", "级别", "依托单位", "认定日期", "文号"],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Kind, r.Level, r.HostName, Zh.Date(r.RecognisedOn), r.DocumentNumber ?? ""])],
            await recognitions.CountAsync(ct));
    }
}
