using Kechuang.Indicators.Plausibility;

namespace Kechuang.Reports;

/// <summary>
/// The plausibility warnings of the indicator figures a summary prints (docs/domain.md §3, Plausibility), asked of the
/// indicator module: the JSON's <c>plausibilityWarnings</c>, for staff to check before the summary goes out. Live, also
/// for a frozen summary: they are about today's data.
/// </summary>
public sealed class SummaryPlausibility(GetPlausibilityWarnings warnings)
{
    public async Task<SummaryDocument> HandleAsync(SummaryDocument document, CancellationToken ct = default)
    {
        // The table's rows with a figure (暂无数据 rows print none) are every indicator figure the summary uses.
        var codes = document.Indicators.Where(r => r.Actual.FigureId is not null).Select(r => r.Code).Distinct().ToList();
        return document with
        {
            PlausibilityWarnings = await warnings.HandleAsync(document.RegionCode, document.Year, document.Month, codes, ct),
        };
    }
}
