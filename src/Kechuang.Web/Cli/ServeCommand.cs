using System.CommandLine;
using Kechuang.Data;
using Kechuang.Web.Hosting;

namespace Kechuang.Web.Cli;

internal static class ServeCommand
{
    public static void Configure(Command command)
    {
        var db = KechuangCli.DbOption();
        var urls = new Option<string>("--urls")
        {
            HelpName = "地址",
            Description = $"监听地址（默认 {KechuangCli.DefaultUrls}）",
            DefaultValueFactory = _ => KechuangCli.DefaultUrls,
        };
        var demo = new Option<bool>("--demo") { Description = "数据库为空时载入演示数据（温州市及所辖县市区）" };
        command.Options.Add(db);
        command.Options.Add(urls);
        command.Options.Add(demo);
        // Host settings in the form --environment=Staging pass through to ASP.NET (WebApplicationFactory passes its
        // settings so); CommandLineErrors refuses every other unmatched token before anything runs.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(db)!, result.GetResult(db) is { Implicit: false }, result.GetValue(urls)!, result.GetValue(demo),
            result.UnmatchedTokens.ToArray(), ct));
    }

    private static async Task<int> RunAsync(string db, bool dbGiven, string urls, bool demo, string[] hostArgs, CancellationToken ct)
    {
        try
        {
            _ = DatabaseTarget.Parse(db);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"--db 的值无效：{e.Message}");
            return 2;
        }
        var settings = new Dictionary<string, string?> { ["urls"] = urls };
        // Only what was typed: configuration (and the API tests' WebApplicationFactory) may name the database.
        if (dbGiven)
        {
            settings[WebHost.DatabaseKey] = db;
        }
        if (demo)
        {
            settings[WebHost.DemoKey] = "true";
        }
        var app = WebHost.Build(hostArgs, settings);
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await app.StartAsync(ct);
        }
        catch (StartupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"无法监听 {urls}：{e.Message}。该端口可能已被占用，请用 --urls 指定其他地址。");
            return 2;
        }
        Console.WriteLine($"科创已启动：{urls} （{app.Services.GetRequiredService<DatabaseTarget>().Display}，用时 {started.Elapsed.TotalSeconds:0.0} 秒）。按 Ctrl+C 停止。");
        await app.WaitForShutdownAsync(ct);
        await app.DisposeAsync();
        return 0;
    }
}
