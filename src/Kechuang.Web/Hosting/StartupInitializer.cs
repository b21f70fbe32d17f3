using Kechuang.Data;
using Kechuang.Demo;

namespace Kechuang.Web.Hosting;

/// <summary>
/// Prepares the database before the server takes requests: migrations, regions, roles, the first admin and,
/// with --demo on an empty database, the demo data. Runs on every node; each step is idempotent.
/// </summary>
internal sealed class StartupInitializer(
    IServiceProvider services, IConfiguration config, DatabaseTarget target, ILogger<StartupInitializer> log) : IHostedService
{
    /// <summary>How long a node waits for an unreachable database before giving up (default 60 s; 0: no retry).</summary>
    public const string RetrySecondsKey = "Kechuang:StartupRetrySeconds";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await WaitForDatabaseAsync(cancellationToken);
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        InitializationResult result;
        try
        {
            result = await provider.GetRequiredService<InitializeDatabase>()
                .HandleAsync(config[WebHost.AdminPasswordKey] ?? Environment.GetEnvironmentVariable(InitializeDatabase.AdminPasswordVariable), cancellationToken);
        }
        catch (DatabaseTooNewException e)
        {
            throw new StartupException(e.Message);
        }
        if (result.RegionsLoaded > 0)
        {
            Console.WriteLine($"已载入行政区划 {result.RegionsLoaded} 条（{target.Display}）");
        }
        if (result.GeneratedAdminPassword is { } password)
        {
            AdminPasswordNotice.Print(password);
        }
        if (config.GetValue<bool>(WebHost.DemoKey))
        {
            if (result.AdminCreated)
            {
                var created = await provider.GetRequiredService<SeedDemoData>().HandleAsync(cancellationToken);
                Console.WriteLine($"已载入演示数据（温州市及所辖县市区）：演示账号 {created} 个（含企业用户 {SeedDemoData.EnterpriseUser}），密码均为 {SeedDemoData.Password}");
            }
            else
            {
                Console.WriteLine("数据库中已有数据，未载入演示数据。");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A node started with (or just after) its database — a server restart, a standby being promoted — waits for it,
    /// saying so every attempt, and gives up with the reason and a non-zero exit (docs/deploy.md).
    /// </summary>
    private async Task WaitForDatabaseAsync(CancellationToken ct)
    {
        // Wall-clock time, not the TimeProvider: tests replace that with a clock that stands still.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var patience = TimeSpan.FromSeconds(config.GetValue(RetrySecondsKey, 60));
        for (var attempt = 1; ; attempt++)
        {
            var problem = await DatabasePreflight.ProblemAsync(target, ct);
            if (problem is null)
            {
                return;
            }
            // A SQLite file that cannot be written will not become writable by waiting.
            if (target.Provider != DatabaseProvider.Postgres || waited.Elapsed >= patience)
            {
                throw new StartupException(attempt > 1 ? $"{problem}（已重试 {attempt - 1} 次，放弃启动）" : problem);
            }
            log.LogWarning("数据库暂不可达，2 秒后第 {Attempt} 次重试：{Problem}", attempt, problem);
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }
    }
}

internal static class AdminPasswordNotice
{
    /// <summary>The generated password is shown once and stored only as a hash.</summary>
    public static void Print(string password)
    {
        Console.WriteLine("==================================================");
        Console.WriteLine(" 已创建系统管理员账号：admin");
        Console.WriteLine($" 初始密码：{password}");
        Console.WriteLine(" 该密码只显示这一次，请立即记录并在登录后修改。");
        Console.WriteLine("==================================================");
    }
}

/// <summary>A start that cannot go on, with the message for the person at the console.</summary>
public sealed class StartupException(string message) : Exception(message);
