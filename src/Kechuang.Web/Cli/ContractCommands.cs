using System.CommandLine;
using System.Data.Common;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Contracts;
using Kechuang.Contracts.Import;
using Kechuang.Enterprises.Excel;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Kechuang.Web.Cli;

/// <summary>
/// `import contracts FILE` (CSV or .xlsx) and `export contracts`. Exit codes as for the other imports: 0 written (or a
/// clean dry run), 1 bad rows, 2 the file or the database could not be used.
/// </summary>
internal static class ContractCommands
{
    private const int ShownErrors = 200;

    public static void AddTo(Command root)
    {
        root.Subcommands.First(c => c.Name == "import").Subcommands.Add(Import());
        root.Subcommands.First(c => c.Name == "export").Subcommands.Add(Export());
    }

    private static Command Import()
    {
        var db = KechuangCli.DbOption();
        var file = new Argument<FileInfo>("FILE") { Description = "CSV（UTF-8，可带 BOM）或 .xlsx 文件，第 1 行为列名：登记编号、合同名称、合同类别…" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只校验并报告结果，不写入数据库" };
        var keepGoodRows = new Option<bool>("--keep-good-rows") { Description = "跳过有错误的行，其余照常导入" };
        var command = new Command("contracts", "导入技术合同（按登记编号新增或更新）") { file, db, dryRun, keepGoodRows };
        command.SetAction((result, ct) => ImportAsync(result.GetValue(file)!, result.GetValue(db)!,
            new ImportOptions(result.GetValue(dryRun), result.GetValue(keepGoodRows)), ct));
        return command;
    }

    private static async Task<int> ImportAsync(FileInfo file, string db, ImportOptions options, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"文件不存在：{file.FullName}");
            return 2;
        }
        return await CommandServices.WithServicesAsync(db, ct, async services =>
        {
            var handler = services.GetRequiredService<ImportContracts>();
            ContractImportReport report;
            try
            {
                await using var input = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                report = await AnsiConsole.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("校验", maxValue: 100);
                        var progress = new SyncProgress(p =>
                        {
                            task.Description = p.Stage switch
                            {
                                ContractImportStage.Checking => $"校验 {Zh.Number(p.Rows)} 行",
                                ContractImportStage.Writing => $"写入 {Zh.Number(p.Rows)} 行",
                                _ => "更新统计",
                            };
                            task.Value = p.Stage == ContractImportStage.Checking ? p.Percent * 0.7 : Math.Max(70, p.Percent);
                        });
                        return await handler.HandleAsync(CommandServices.Operator, input, options, progress, ct);
                    });
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
            Console.WriteLine(report.Summary);
            if (report.Errors.Count > 0)
            {
                var table = new Table().AddColumn("行").AddColumn("列").AddColumn("值").AddColumn("原因");
                foreach (var error in report.Errors.Take(ShownErrors))
                {
                    table.AddRow(new Text(error.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(error.Column), new Text(error.Value ?? "（空）"), new Text(error.Reason));
                }
                AnsiConsole.Write(table);
                if (report.BadRows > ShownErrors)
                {
                    Console.WriteLine($"共 {Zh.Number(report.BadRows)} 行有错误，以上只列出前 {ShownErrors} 条。");
                }
            }
            return report.BadRows > 0 ? 1 : 0;
        });
    }

    private static Command Export()
    {
        var db = KechuangCli.DbOption();
        var region = new Option<string>("--region") { Description = "行政区划代码（不填则导出全部）" };
        var status = new Option<string>("--status") { Description = "received、registered 或 refused" };
        var output = new Option<FileInfo>("--out") { Description = "导出的 .xlsx 文件路径", Required = true };
        var command = new Command("contracts", "导出技术合同清单（前14列与导入模板相同）") { db, region, status, output };
        command.SetAction((result, ct) => CommandServices.WithServicesAsync(result.GetValue(db)!, ct, async services =>
        {
            var file = result.GetValue(output)!;
            file.Directory?.Create();
            await using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write);
            var count = await services.GetRequiredService<ExportContracts>().HandleAsync(CommandServices.Operator,
                new ListContractsQuery(result.GetValue(region), result.GetValue(status)), stream, ct);
            Console.WriteLine($"已导出 {Zh.Number(count)} 份合同到 {file.FullName}");
            return 0;
        }));
        return command;
    }

    /// <summary>Reports on the importing thread: a console needs no synchronisation context.</summary>
    private sealed class SyncProgress(Action<ContractImportProgress> report) : IProgress<ContractImportProgress>
    {
        public void Report(ContractImportProgress value) => report(value);
    }
}
