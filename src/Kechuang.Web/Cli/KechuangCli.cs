using System.CommandLine;
using Kechuang.Data;

namespace Kechuang.Web.Cli;

/// <summary>The `kechuang` command line: serve (the default), migrate, admin, backup.</summary>
public static class KechuangCli
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Option<string> DbOption() => new("--db")
    {
        Description = $"SQLite 数据库文件路径（默认 {DatabaseTarget.DefaultSqlitePath}）或 PostgreSQL 连接串（Host=…）",
        DefaultValueFactory = _ => DatabaseTarget.DefaultSqlitePath,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = new RootCommand("科创：科技局工作平台。不带子命令时等同于 serve。");
        ServeCommand.Configure(root);
        var serve = new Command("serve", "启动网页服务与 REST API");
        ServeCommand.Configure(serve);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MaintenanceCommands.Migrate());
        root.Subcommands.Add(MaintenanceCommands.Backup());
        root.Subcommands.Add(AdminCommands.Create());
        ExcelCommands.AddTo(root);
        ContractCommands.AddTo(root);
        ReportCommands.AddTo(root);
        // Exceptions must propagate: WebApplicationFactory stops Main with one once it has captured the host.
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
