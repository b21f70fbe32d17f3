namespace Kechuang.Reports;

/// <summary>
/// How a module contributes to the work summary (one extension point, docs/architecture.md): its section of 一、工作成效 — facts as
/// sentences, every number registered with <see cref="SummaryContext.Figure"/> — or null when it has no data in the
/// period, and the records behind each of its figures.
/// </summary>
public interface ISummarySection
{
    /// <summary>The module name figures are traced back to (<see cref="SummaryTrace.Module"/>).</summary>
    string Module { get; }

    /// <summary>The trace keys of its figures that are also derived indicators (their records are this module's).</summary>
    IReadOnlyCollection<string> Keys { get; }

    /// <summary>Where the section goes among the others (smaller first).</summary>
    int Order { get; }

    Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct);

    /// <summary>The records behind figure <paramref name="trace"/> this module produced, first <paramref name="take"/>.</summary>
    Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct);
}

/// <summary>Records behind a figure: column titles, rows as printed, and how many there are in all.</summary>
public sealed record TraceRecords(string Description, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, int Total);
