using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;

namespace Kechuang.Reports;

/// <summary>
/// A city's (or province's) summary also sums up its units (docs/reports.md): a matrix of each unit's completion of
/// every indicator with data, and for each indicator who leads and who trails.
/// </summary>
public sealed class CountySummarySection(KechuangDbContext db, DerivedFigures derived) : ISummarySection
{
    public const string Name = "counties";
    private const int MainIndicators = 6;

    public string Module => Name;
    public int Order => 90;
    public IReadOnlyCollection<string> Keys { get; } = [];

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        if (context.Code.Level is not (RegionLevel.Prefecture or RegionLevel.Province))
        {
            return null;
        }
        var builder = new AssessmentBuilder(db, derived);
        var units = await builder.GroupAsync(context.Region.Code, null, ct);
        // 考核指标 only: 参考指标 are context, not the units' results (docs/domain.md §3).
        var indicators = (await builder.IndicatorsAsync(ct)).Where(i => i.Assessed).ToList();
        var tables = await builder.BuildAsync(indicators, units, context.Year, context.Month, ct);
        // The main indicators only — those with targets first, in catalogue order — so the table fits an A4 page.
        var shown = indicators
            .Where(i => units.Any(u => tables[u.Code].Any(r => r.Code == i.Code && SummaryContext.HasData(r))))
            .OrderByDescending(i => units.Any(u => tables[u.Code].Any(r => r.Code == i.Code && r.Target is not null)))
            .Take(MainIndicators)
            .OrderBy(indicators.IndexOf)
            .ToList();
        if (units.Count == 0 || shown.Count == 0)
        {
            return null;
        }
        var header = new List<SummarySpan> { SummarySpan.Plain("地区") };
        header.AddRange(shown.Select(i => SummarySpan.Plain($"{i.Name}（{i.Unit}）")));
        var rows = new List<IReadOnlyList<SummarySpan>> { header };
        foreach (var unit in units)
        {
            var cells = new List<SummarySpan> { SummarySpan.Plain(unit.Name) };
            foreach (var indicator in shown)
            {
                var row = tables[unit.Code].First(r => r.Code == indicator.Code);
                cells.Add(SummaryContext.HasData(row) && row.Actual is { } actual
                    ? context.Figure($"counties.{unit.Code}.{indicator.Code}", $"{unit.Name}{indicator.Name}", actual, indicator.Unit,
                        Cell(row), $"考核指标“{indicator.Name}”{Zh.Month(context.Year, context.Month)}累计", Name, $"{unit.Code}.{indicator.Code}")
                    : SummarySpan.Plain("—"));
            }
            rows.Add(cells);
        }

        var paragraphs = new List<SummaryParagraph>();
        foreach (var indicator in shown)
        {
            // Ranked units only (docs/domain.md §3, Rank); a register's zero is ranked but not printed (§9), so the
            // last printed unit is named 居末位 only when no ranked unit is below it.
            var all = units.Select(u => (Unit: u, Row: tables[u.Code].First(r => r.Code == indicator.Code)))
                .Where(x => x.Row.Rank is not null).OrderBy(x => x.Row.Rank).ToList();
            var ranked = all.Where(x => SummaryContext.HasData(x.Row)).ToList();
            if (ranked.Count < 2)
            {
                continue;
            }
            var last = ranked[^1].Row.Rank == all[^1].Row.Rank;
            var top = ranked.Take(Math.Min(3, last ? ranked.Count - 1 : ranked.Count)).ToList();
            var spans = new List<SummarySpan> { SummarySpan.Plain($"{indicator.Name}居前的是") };
            for (var i = 0; i < top.Count; i++)
            {
                spans.Add(SummarySpan.Plain((i == 0 ? "" : "、") + top[i].Unit.Name + "（"));
                spans.Add(new SummarySpan(top[i].Row.ActualText, $"counties.{top[i].Unit.Code}.{indicator.Code}"));
                spans.Add(SummarySpan.Plain("）"));
            }
            if (last)
            {
                var bottom = ranked[^1];
                spans.Add(SummarySpan.Plain($"，{bottom.Unit.Name}（"));
                spans.Add(new SummarySpan(bottom.Row.ActualText, $"counties.{bottom.Unit.Code}.{indicator.Code}"));
                spans.Add(SummarySpan.Plain("）居末位"));
            }
            spans.Add(SummarySpan.Plain("。"));
            paragraphs.Add(new SummaryParagraph(spans));
        }
        var lead = $"{context.PeriodPhrase}各{UnitWord(context.Code)}主要指标完成情况见下表（括号内为完成率；全部指标见“指标考核”）。";
        // The lead goes last: it introduces the table, which follows the paragraphs.
        return new SummarySection(Name, $"各{UnitWord(context.Code)}完成情况", [.. paragraphs, SummaryParagraph.Plain(lead)], new SummaryTable(rows));
    }

    /// <summary>The unit's own figure of the indicator: its entries and imports.</summary>
    public Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var parts = trace.Key.Split('.', 2);
        return IndicatorTrace.RevisionsAsync(db, parts[1], parts[0], trace.Year, trace.Month, take, ct);
    }

    private static string Cell(AssessmentRow row) =>
        // The space lets a narrow column break between the figure and its rate, never inside either.
        row.Target is null ? row.ActualText : $"{row.ActualText} （{row.CompletionText}）";

    private static string UnitWord(RegionCode region) => region.Level == RegionLevel.Province ? "市" : "县（市、区）";
}
