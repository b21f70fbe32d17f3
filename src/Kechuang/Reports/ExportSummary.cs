using System.Text;
using Kechuang.Common;
using Kechuang.Reports.Output;
using Kechuang.Users;

namespace Kechuang.Reports;

public sealed record SummaryFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// <c>GET /api/reports/summary?format=docx|md|pdf</c> and <c>kechuang report summary</c>: the summary as a file (docs/reports.md, Output),
/// with the 数据来源 appendix when asked. PDF goes through LibreOffice where it is installed.
/// </summary>
public sealed class ExportSummary(GetSummary show)
{
    public static readonly IReadOnlyList<string> Formats = ["docx", "md", "pdf"];

    public async Task<SummaryFile> HandleAsync(Caller caller, string? region, int? year, string? period, string? format, bool appendix, CancellationToken ct = default)
    {
        var kind = (format ?? "docx").Trim().ToLowerInvariant();
        if (!Formats.Contains(kind))
        {
            throw new ValidationFailedException("format", "格式应为 docx、md 或 pdf");
        }
        if (kind == "pdf" && !SummaryPdf.IsAvailable)
        {
            throw new ValidationFailedException("format", SummaryPdf.UnavailableMessage);
        }
        var doc = await show.HandleAsync(caller, region, year, period, ct);
        var name = $"{doc.Title}.{kind}";
        return kind switch
        {
            "md" => new SummaryFile(Encoding.UTF8.GetBytes(SummaryMarkdown.Render(doc, appendix)), SummaryMarkdown.ContentType, name),
            "pdf" => new SummaryFile(await SummaryPdf.RenderAsync(doc, appendix, ct), SummaryPdf.ContentType, name),
            _ => new SummaryFile(SummaryDocx.Render(doc, appendix), SummaryDocx.ContentType, name),
        };
    }
}
