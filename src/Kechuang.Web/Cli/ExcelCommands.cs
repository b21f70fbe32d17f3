using System.CommandLine;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Enterprises.Excel;
using Spectre.Console;

namespace Kechuang.Web.Cli;

/// <summary>
/// `import enterprises|facts|qualifications FILE` and `export enterprises|template`. Exit codes: 0 written (or a dry
/// run without errors), 1 some rows were bad (with --keep-good-rows the good ones were still written), 2 the file or
/// the database could not be used.
/// </summary>
internal static class ExcelCommands
{
    /// <summary>Adds `import` and `export` to the command line.</summary>
    public static void AddTo(Command root)
    {
        root.Subcommands.Add(Import());
        root.Subcommands.Add(Export());
    }

    private static Command Import()
    {
        var import = new Command("import", "从 Excel（.xlsx）导入企业、年度经营数据或资质；默认有任何错误行则全部不导入");
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            import.Subcommands.Add(ImportCommand(kind));
        }
        import.Subcommands.Add(IndicatorCommands.Import());
        return import;
    }

    private static Command Export()
    {
        var export = new Command("export", "导出 Excel：企业名录，或空白导入模板");
        export.Subcommands.Add(ExportEnterprisesCommand());
        export.Subcommands.Add(TemplateCommand());
        return export;
    }

    private static Command ImportCommand(ImportKind kind)
    {
        var db = KechuangCli.DbOption();
        var file = new Argument<FileInfo>("文件") { Description = "要导入的 .xlsx 文件（第 1 行为列名，可用 export template 生成模板）" };
        var (dryRun, keepGoodRows, errorsOut) = (ImportConsole.DryRun(), ImportConsole.KeepGoodRows(), ImportConsole.ErrorsOut());
        var command = new Command(kind.Word(), $"导入{kind.Chinese()}") { file, db, dryRun, keepGoodRows, errorsOut };
        command.SetAction((result, ct) => ImportAsync(
            kind, result.GetValue(file)!, result.GetValue(db)!, new ImportOptions(result.GetValue(dryRun), result.GetValue(keepGoodRows)),
            result.GetValue(errorsOut), ct));
        return command;
    }

    private static async Task<int> ImportAsync(ImportKind kind, FileInfo file, string db, ImportOptions options, FileInfo? errorsOut, CancellationToken ct)
    {
        if (!ImportConsole.Exists(file))
        {
            return 2;
        }
        return await CommandServices.WithServicesAsync(db, ct, services =>
        {
            var handler = (IExcelImport)services.GetRequiredService(kind.Handler());
            return ImportConsole.RunAsync(file, errorsOut, ct, async input => await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(context => handler.HandleAsync(CommandServices.Operator, input, options, new ImportProgressBars(context), ct)));
        });
    }

    private static Command ExportEnterprisesCommand()
    {
        var db = KechuangCli.DbOption();
        var region = new Option<string>("--region") { Description = "行政区划代码，如 330326（不填则导出全部企业）" };
        var output = new Option<FileInfo>("--out") { Description = "导出的 .xlsx 文件路径（已存在则覆盖）", Required = true };
        var command = new Command("enterprises", "导出企业名录（列与导入模板相同，修改后可直接再导入）") { db, region, output };
        command.SetAction((result, ct) => CommandServices.WithServicesAsync(result.GetValue(db)!, ct, async services =>
        {
            var file = result.GetValue(output)!;
            var count = await WriteAtomicallyAsync(file, stream =>
                services.GetRequiredService<ExportEnterprises>().HandleAsync(CommandServices.Operator, result.GetValue(region), stream, ct));
            if (count is null)
            {
                return 2;
            }
            Console.WriteLine($"已导出 {Zh.Number(count.Value)} 家企业到 {file.FullName}");
            return 0;
        }));
        return command;
    }

    private static Command TemplateCommand()
    {
        var kind = new Argument<string>("模板类型") { Description = $"模板类型：{ImportKinds.AllWords}" };
        var output = new Option<FileInfo>("--out") { Description = "模板文件路径（默认为当前目录下的“…导入模板.xlsx”）" };
        var command = new Command("template", "生成空白导入模板（含列名和一行示例）") { kind, output };
        command.SetAction(async (result, ct) =>
        {
            if (!ImportKinds.TryParse(result.GetValue(kind), out var chosen))
            {
                Console.Error.WriteLine($"不支持的模板类型“{result.GetValue(kind)}”，可选：{ImportKinds.AllWords}");
                return 1;
            }
            var file = result.GetValue(output) ?? new FileInfo(ImportTemplates.FileName(chosen));
            var written = await WriteAtomicallyAsync(file, stream =>
            {
                ImportTemplates.Write(chosen, stream);
                return Task.FromResult(0);
            });
            if (written is null)
            {
                return 2;
            }
            Console.WriteLine($"已生成{chosen.Chinese()}导入模板：{file.FullName}");
            return 0;
        });
        return command;
    }

    /// <summary>Writes next to the target and renames, so a failed export never leaves half a file behind.</summary>
    private static async Task<int?> WriteAtomicallyAsync(FileInfo file, Func<Stream, Task<int>> write)
    {
        var partial = file.FullName + ".part";
        try
        {
            file.Directory?.Create();
            int result;
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write))
            {
                result = await write(stream);
            }
            File.Move(partial, file.FullName, overwrite: true);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            Console.Error.WriteLine($"无法写入 {file.FullName}：{e.Message}");
            return null;
        }
    }
}
