using System.CommandLine;
using System.Data.Common;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Spectre.Console;

namespace Kechuang.Web.Cli;

/// <summary>
/// What every `import` command shares: its options, and telling the person at the console what happened — the
/// summary and bad rows (exit 1 when any), or why the file or the database refused it (exit 2).
/// </summary>
internal static class ImportConsole
{
    // A terminal cannot usefully show more; --errors-out keeps them all.
    private const int ShownErrors = 200;

    public static Option<bool> DryRun() => new("--dry-run") { Description = "只校验并报告结果，不写入数据库" };

    public static Option<bool> KeepGoodRows() => new("--keep-good-rows") { Description = "跳过有错误的行，其余照常导入" };

    public static Option<FileInfo> ErrorsOut() => new("--errors-out") { Description = "把全部错误另存为 .xlsx（行、列、值、原因）" };

    /// <summary>Opens <paramref name="file"/>, runs <paramref name="import"/> over it and prints its report.</summary>
    public static async Task<int> RunAsync(FileInfo file, FileInfo? errorsOut, CancellationToken ct, Func<Stream, Task<ImportReport>> import)
    {
        ImportReport report;
        try
        {
            await using var input = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            report = await import(input);
        }
        catch (ValidationFailedException e)
        {
            Console.Error.WriteLine($"无法导入 {file.Name}：{string.Join("；", e.Errors.SelectMany(x => x.Value))}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"无法读取 {file.FullName}：{e.Message}");
            return 2;
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            Console.Error.WriteLine($"写入数据库失败，本次导入已全部撤销：{(e.InnerException ?? e).Message}");
            return 2;
        }
        Print(report);
        if (errorsOut is not null && report.Errors.Count > 0)
        {
            await SaveErrorsAsync(report, errorsOut, ct);
        }
        return report.BadRows > 0 ? 1 : 0;
    }

    /// <summary>The file must exist before a database is opened for it.</summary>
    public static bool Exists(FileInfo file)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"文件不存在：{file.FullName}");
        }
        return file.Exists;
    }

    private static void Print(ImportReport report)
    {
        Console.WriteLine(report.Summary);
        if (report.Errors.Count == 0)
        {
            return;
        }
        var table = new Table().AddColumn("行").AddColumn("列").AddColumn("值").AddColumn("原因");
        foreach (var error in report.Errors.Take(ShownErrors))
        {
            table.AddRow(
                new Text(error.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(error.Column),
                new Text(error.Value ?? "（空）"),
                new Text(error.Reason));
        }
        AnsiConsole.Write(table);
        if (report.ErrorsTruncated)
        {
            Console.WriteLine($"共 {Zh.Number(report.BadRows)} 行有错误，只列出了前 {Zh.Number(Math.Min(ShownErrors, report.Errors.Count))} 条。");
        }
        else if (report.Errors.Count > ShownErrors)
        {
            Console.WriteLine($"另有 {Zh.Number(report.Errors.Count - ShownErrors)} 条错误未显示，可用 --errors-out 文件.xlsx 保存全部错误。");
        }
    }

    private static async Task SaveErrorsAsync(ImportReport report, FileInfo errorsOut, CancellationToken ct)
    {
        var rows = report.Errors.Select(e => new Dictionary<string, object?> { ["行"] = e.Row, ["列"] = e.Column, ["值"] = FormulaGuard.Safe(e.Value), ["原因"] = e.Reason });
        try
        {
            errorsOut.Directory?.Create();
            await using var output = new FileStream(errorsOut.FullName, FileMode.Create, FileAccess.Write);
            await MiniExcel.SaveAsAsync(output, rows, sheetName: "错误", cancellationToken: ct);
            Console.WriteLine($"{(report.ErrorsTruncated ? "列出的" : "全部")} {Zh.Number(report.Errors.Count)} 条错误已保存到 {errorsOut.FullName}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"无法保存错误清单到 {errorsOut.FullName}：{e.Message}");
        }
    }
}
