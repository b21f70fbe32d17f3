using System.CommandLine;
using System.Data.Common;
using Kechuang.Common;
using Kechuang.Enterprises.Excel;
using Kechuang.Indicators.Excel;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Cli;

/// <summary>`kechuang import indicators FILE --year Y --month M`: one month of the statistics bureau's sheet.</summary>
internal static class IndicatorCommands
{
    public static Command Import()
    {
        var db = KechuangCli.DbOption();
        var file = new Argument<FileInfo>("FILE") { Description = "统计局月报 .xlsx：第 1 行列名，第一列地区代码，其余每列一个指标" };
        var year = new Option<int>("--year") { Description = "数据所属年份", Required = true };
        var month = new Option<int>("--month") { Description = "数据所属月份（1–12），累计类指标为 1 月至该月末的累计数", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "只校验并报告结果，不写入数据库" };
        var keepGoodRows = new Option<bool>("--keep-good-rows") { Description = "跳过有错误的行，其余照常导入" };
        var errorsOut = new Option<FileInfo>("--errors-out") { Description = "把全部错误另存为 .xlsx（行、列、值、原因）" };
        var command = new Command("indicators", "导入某月各地区考核指标数据") { file, db, year, month, dryRun, keepGoodRows, errorsOut };
        command.SetAction((result, ct) => ImportAsync(
            result.GetValue(file)!, result.GetValue(db)!, result.GetValue(year), result.GetValue(month),
            new ImportOptions(result.GetValue(dryRun), result.GetValue(keepGoodRows)), result.GetValue(errorsOut), ct));
        return command;
    }

    private static async Task<int> ImportAsync(FileInfo file, string db, int year, int month, ImportOptions options, FileInfo? errorsOut, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"文件不存在：{file.FullName}");
            return 2;
        }
        return await CommandServices.WithServicesAsync(db, ct, async services =>
        {
            ImportReport report;
            try
            {
                await using var input = file.OpenRead();
                report = await services.GetRequiredService<ImportMonthlyFigures>().HandleAsync(CommandServices.Operator, input, year, month, options, ct);
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
            ExcelCommands.Print(report);
            if (errorsOut is not null && report.Errors.Count > 0)
            {
                await ExcelCommands.SaveErrorsAsync(report, errorsOut, ct);
            }
            return report.Errors.Count > 0 ? 1 : 0;
        });
    }
}
