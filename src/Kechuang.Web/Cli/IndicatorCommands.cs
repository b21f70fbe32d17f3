using System.CommandLine;
using Kechuang.Common.Excel;
using Kechuang.Indicators.Excel;

namespace Kechuang.Web.Cli;

/// <summary>`kechuang import indicators FILE --year Y --month M`: one month of the statistics bureau's sheet.</summary>
internal static class IndicatorCommands
{
    public static Command Import()
    {
        var db = KechuangCli.DbOption();
        var file = new Argument<FileInfo>("文件") { Description = "统计局月报 .xlsx：第 1 行列名，第一列地区代码，其余每列一个指标" };
        var year = new Option<int>("--year") { Description = "数据所属年份", Required = true };
        var month = new Option<int>("--month") { Description = "数据所属月份（1–12），累计类指标为 1 月至该月末的累计数", Required = true };
        var (dryRun, keepGoodRows, errorsOut) = (ImportConsole.DryRun(), ImportConsole.KeepGoodRows(), ImportConsole.ErrorsOut());
        var command = new Command("indicators", "导入某月各地区考核指标数据") { file, db, year, month, dryRun, keepGoodRows, errorsOut };
        command.SetAction((result, ct) => ImportAsync(
            result.GetValue(file)!, result.GetValue(db)!, result.GetValue(year), result.GetValue(month),
            new ImportOptions(result.GetValue(dryRun), result.GetValue(keepGoodRows)), result.GetValue(errorsOut), ct));
        return command;
    }

    private static async Task<int> ImportAsync(FileInfo file, string db, int year, int month, ImportOptions options, FileInfo? errorsOut, CancellationToken ct)
    {
        if (!ImportConsole.Exists(file))
        {
            return 2;
        }
        return await CommandServices.WithServicesAsync(db, ct, services => ImportConsole.RunAsync(file, errorsOut, ct, input =>
            services.GetRequiredService<ImportMonthlyFigures>().HandleAsync(CommandServices.Operator, input, year, month, options, ct)));
    }
}
