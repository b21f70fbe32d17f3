using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Reports;

public sealed record SummaryFigureTrace(SummaryFigure Figure, TraceRecords Records);

/// <summary>
/// <c>GET /api/reports/summary/trace</c>: the records behind one figure of the summary (docs/reports.md, Tracing) — an
/// indicator's entries and imports, or the register's records the module counted. Records are listed as they are
/// now; a frozen summary's change list says which figures moved.
/// </summary>
public sealed class TraceSummaryFigure(KechuangDbContext db, GetSummary show, IEnumerable<ISummarySection> sections)
{
    public const int Take = 200;

    public async Task<SummaryFigureTrace> HandleAsync(Caller caller, string? region, int? year, string? period, string? figure, CancellationToken ct = default)
    {
        var document = await show.HandleAsync(caller, region, year, period, ct);
        var found = document.Figures.FirstOrDefault(f => f.Id == figure)
            ?? throw new NotFoundException($"工作总结中没有编号为“{figure}”的数字");
        var trace = found.Trace;
        var records = trace.Module == SummaryIndicators.Module
            ? await IndicatorRecordsAsync(trace, ct)
            : await (sections.FirstOrDefault(s => s.Module == trace.Module)
                ?? throw new NotFoundException($"模块“{trace.Module}”不提供数据来源")).TraceAsync(trace, Take, ct);
        return new SummaryFigureTrace(found, records);
    }

    /// <summary>Key "code" is the month's figure, "code.target" and "code.next" this and next year's target.</summary>
    private Task<TraceRecords> IndicatorRecordsAsync(SummaryTrace trace, CancellationToken ct)
    {
        var parts = trace.Key.Split('.');
        var kind = parts.Length > 1 ? parts[1] : "";
        return IndicatorTrace.RevisionsAsync(db, parts[0], trace.RegionCode, kind == "next" ? trace.Year + 1 : trace.Year,
            kind is "target" or "next" ? null : trace.Month, Take, ct);
    }
}
