using Kechuang.Data;
using Kechuang.Demo;

namespace Kechuang.Web.Hosting;

/// <summary>
/// Prepares the database before the server takes requests: migrations, regions, roles, the first admin and,
/// with --demo on an empty database, the demo data. Runs on every node; each step is idempotent.
/// </summary>
internal sealed class StartupInitializer(IServiceProvider services, IConfiguration config, DatabaseTarget target) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await DatabasePreflight.ProblemAsync(target, cancellationToken) is { } problem)
        {
            throw new StartupException(problem);
        }
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var result = await provider.GetRequiredService<InitializeDatabase>()
            .HandleAsync(config[WebHost.AdminPasswordKey] ?? Environment.GetEnvironmentVariable(InitializeDatabase.AdminPasswordVariable), cancellationToken);
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
