using System.Diagnostics;
using Kechuang.Reports.Output;
using Xunit.Abstractions;

namespace Kechuang.Tests.Reports;

/// <summary>Only where LibreOffice is installed; elsewhere each test says so and passes.</summary>
public class SummaryPdfTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ConvertAsync_Sample_PdfWithChineseGlyphs()
    {
        if (!SummaryPdf.IsAvailable)
        {
            output.WriteLine("跳过：" + SummaryPdf.UnavailableMessage);
            return;
        }
        var doc = new SummaryBuilder().Build();
        var pdf = await SummaryPdf.RenderAsync(doc, appendix: true);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        var text = await PdfText(pdf);
        if (text is null)
        {
            output.WriteLine("跳过文字检查：未安装 pdftotext（poppler-utils）");
            return;
        }
        // Text that comes back out proves real glyphs with a Unicode map, not boxes.
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("瑞安市科学技术局2026年工作总结", flat, StringComparison.Ordinal);
        Assert.Contains("技术合同成交额", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_TwoAtOnce_BothSucceed()
    {
        if (!SummaryPdf.IsAvailable)
        {
            output.WriteLine("跳过：" + SummaryPdf.UnavailableMessage);
            return;
        }
        var docx = SummaryDocx.Render(new SummaryBuilder().Build(), appendix: false);
        var both = await Task.WhenAll(
            SummaryPdf.ConvertAsync(docx, SummaryPdf.DefaultTimeout),
            SummaryPdf.ConvertAsync(docx, SummaryPdf.DefaultTimeout));
        Assert.All(both, pdf => Assert.Equal("%PDF"u8.ToArray(), pdf[..4]));
    }

    [Fact]
    public async Task ConvertAsync_TooSlow_Timeout()
    {
        if (!SummaryPdf.IsAvailable)
        {
            output.WriteLine("跳过：" + SummaryPdf.UnavailableMessage);
            return;
        }
        var docx = SummaryDocx.Render(new SummaryBuilder().Build(), appendix: false);
        await Assert.ThrowsAsync<TimeoutException>(() => SummaryPdf.ConvertAsync(docx, TimeSpan.FromMilliseconds(50)));
    }

    private static async Task<string?> PdfText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kechuang-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
