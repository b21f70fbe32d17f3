using System.CommandLine;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Contracts;
using Kechuang.Contracts.Import;
using Kechuang.Enterprises.Excel;
using Spectre.Console;

namespace Kechuang.Web.Cli;

/// <summary>
/// `import contracts FILE` (CSV or .xlsx) and `export contracts`. Exit codes as for the other imports: 0 written (or a
/// clean dry run), 1 bad rows, 2 the file or the database could not be used.
/// </summary>
internal static class ContractCommands
{
    public static void AddTo(Command root)
    {
        root.Subcommands.First(c => c.Name == "import").Subcommands.Add(Import());
        root.Subcommands.First(c => c.Name == "export").Subcommands.Add(Export());
    }

    private static Command Import()
    {
        var db = KechuangCli.DbOption();
        var file = new Argument<FileInfo>("文件") { Description = "CSV（UTF-8，可带 BOM）或 .xlsx 文件，第 1 行为列名：登记编号、合同名称、合同类别…" };
        var (dryRun, keepGoodRows, errorsOut) = (ImportConsole.DryRun(), ImportConsole.KeepGoodRows(), ImportConsole.ErrorsOut());
        var command = new Command("contracts", "导入技术合同（按登记编号新增或更新）") { file, db, dryRun, keepGoodRows, errorsOut };
        command.SetAction((result, ct) => ImportAsync(result.GetValue(file)!, result.GetValue(db)!,
            new ImportOptions(result.GetValue(dryRun), result.GetValue(keepGoodRows)), result.GetValue(errorsOut), ct));
        return command;
    }

    private static async Task<int> ImportAsync(FileInfo file, string db, ImportOptions options, FileInfo? errorsOut, CancellationToken ct)
    {
        if (!ImportConsole.Exists(file))
        {
            return 2;
        }
        return await CommandServices.WithServicesAsync(db, ct, services =>
        {
            var handler = services.GetRequiredService<ImportContracts>();
            return ImportConsole.RunAsync(file, errorsOut, ct, input => AnsiConsole.Progress()
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
                }));
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
