using System.CommandLine;
using System.Globalization;
using Kechuang.Data;

namespace Kechuang.Web.Cli;

/// <summary>
/// The `kechuang` command line: serve (the default), migrate, admin, backup, restore, import, export, report, projects, match. Without a
/// command it serves, but only when every argument is one of serve's own options or a host setting: anything it does
/// not know is an error (exit 2) and nothing is touched.
/// </summary>
public static class KechuangCli
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Option<string> DbOption() => new("--db")
    {
        HelpName = "文件或连接串",
        Description = $"SQLite 数据库文件路径（默认 {DatabaseTarget.DefaultSqlitePath}）或 PostgreSQL 连接串（Host=…）",
        DefaultValueFactory = _ => DatabaseTarget.DefaultSqlitePath,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = Create();
        var result = Parse(root, args);
        if (result.Action is not { ClearsParseErrors: true } && CommandLineErrors.Describe(result) is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                Console.Error.WriteLine(problem);
            }
            Console.Error.WriteLine();
            ChineseHelp.Write(result.CommandResult.Command, Console.Error);
            return 2;
        }
        // Exceptions must propagate: WebApplicationFactory stops Main with one once it has captured the host.
        return await result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    public static RootCommand Create()
    {
        var root = new RootCommand("科创：科技局工作平台。不带命令时启动服务（同 serve，可带 serve 的选项）。");
        ServeCommand.Configure(root);
        var serve = new Command("serve", "启动网页服务与 REST API");
        ServeCommand.Configure(serve);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MaintenanceCommands.Migrate());
        root.Subcommands.Add(Backups.BackupCommand.Create());
        root.Subcommands.Add(Backups.RestoreCommand.Create());
        root.Subcommands.Add(AdminCommands.Create());
        ExcelCommands.AddTo(root);
        ContractCommands.AddTo(root);
        ReportCommands.AddTo(root);
        ProjectCommands.AddTo(root);
        MatchCommands.AddTo(root);
        PolicyCommands.AddTo(root);
        ChineseHelp.Install(root);
        return root;
    }

    /// <summary>Parses under a Chinese UI culture, so the few messages System.CommandLine words itself come from its zh-Hans resources.</summary>
    private static ParseResult Parse(RootCommand root, string[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            return root.Parse(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
