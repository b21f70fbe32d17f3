using System.Diagnostics;
using System.Globalization;

namespace Kechuang.Reports.Output;

/// <summary>
/// The .docx converted to PDF by LibreOffice where the server has it, missing Chinese fonts first replaced by installed
/// ones (<see cref="PdfFonts"/>). Each call runs its own soffice with a private profile in a temporary folder, since
/// two conversions sharing a profile block or fail.
/// </summary>
public static class SummaryPdf
{
    public const string ContentType = "application/pdf";

    public const string UnavailableMessage = "服务器未安装 LibreOffice，无法生成 PDF，请下载 Word 版";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    private static readonly Lazy<string?> Executable = new(() => Find("soffice") ?? Find("libreoffice"));

    // One soffice takes a core and a few hundred MB: more at once than cores only queues in the OS.
    private static readonly SemaphoreSlim Slots = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>Whether soffice or libreoffice is on the PATH.</summary>
    public static bool IsAvailable => Executable.Value is not null;

    public static Task<byte[]> RenderAsync(SummaryDocument doc, bool appendix, CancellationToken ct = default) =>
        ConvertAsync(SummaryDocx.Render(doc, appendix), DefaultTimeout, ct);

    /// <exception cref="InvalidOperationException">LibreOffice is missing or the conversion failed.</exception>
    /// <exception cref="TimeoutException">LibreOffice did not finish within <paramref name="timeout"/>.</exception>
    public static async Task<byte[]> ConvertAsync(byte[] docx, TimeSpan timeout, CancellationToken ct = default)
    {
        var soffice = Executable.Value ?? throw new InvalidOperationException(UnavailableMessage);
        await Slots.WaitAsync(ct);
        var folder = Directory.CreateTempSubdirectory("kechuang-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "summary.docx");
            await File.WriteAllBytesAsync(input, PdfFonts.Substitute(docx), ct);
            var profile = Path.Combine(folder, "profile");
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder,
            };
            foreach (var argument in (string[])[
                "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
                "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
                "--convert-to", "pdf", "--outdir", folder, input])
            {
                start.ArgumentList.Add(argument);
            }
            // The service account may have no writable home; whatever soffice caches there goes with the folder.
            start.Environment["HOME"] = folder;

            using var process = Process.Start(start) ?? throw new InvalidOperationException("无法启动 LibreOffice");
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"LibreOffice 未能在 {timeout.TotalSeconds:0.##} 秒内完成 PDF 转换"));
            }
            var pdf = Path.Combine(folder, "summary.pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new InvalidOperationException(
                    $"LibreOffice 转换 PDF 失败（退出码 {process.ExitCode.ToString(CultureInfo.InvariantCulture)}）：{await error}{await output}".Trim());
            }
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            Slots.Release();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A killed soffice may still hold a file for a moment; the temporary folder is the OS's to clean.
            }
        }
    }

    private static string? Find(string name)
    {
        var names = OperatingSystem.IsWindows() ? [name + ".exe", name + ".com"] : new[] { name };
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(n => Path.Combine(dir, n)))
            .FirstOrDefault(File.Exists);
    }
}
