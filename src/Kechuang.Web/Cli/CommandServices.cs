using Kechuang.Audit;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Web.Cli;

/// <summary>The core services without the web server, for commands; writes are audited as "命令行".</summary>
internal static class CommandServices
{
    public static ServiceProvider Build(DatabaseTarget target)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(target);
        services.AddSingleton<ICurrentUser>(new SystemUser("命令行"));
        services.AddKechuangCore();
        return services.BuildServiceProvider();
    }

    /// <summary>The command line acts as an administrator of the whole country: whoever runs it owns the database.</summary>
    public static readonly Caller Operator = new("cli", "命令行", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    /// <summary>Parses --db without touching the database; prints why and returns null when the value is not a database.</summary>
    public static DatabaseTarget? Parse(string? db)
    {
        try
        {
            return DatabaseTarget.Parse(db);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"--db 的值无效：{e.Message}");
            return null;
        }
    }

    /// <summary>Parses --db and runs the preflight; prints the problem and returns null when the database is unusable.</summary>
    public static async Task<DatabaseTarget?> OpenAsync(string db, CancellationToken ct)
    {
        try
        {
            var target = DatabaseTarget.Parse(db);
            if (await DatabasePreflight.ProblemAsync(target, ct) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return null;
            }
            return target;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"--db 的值无效：{e.Message}");
            return null;
        }
    }

    /// <summary>Opens and initialises the database, runs a command's work in a scope; a rejected request prints its reason and exits 1.</summary>
    public static async Task<int> WithServicesAsync(string db, CancellationToken ct, Func<IServiceProvider, Task<int>> action)
    {
        if (await CommandServices.OpenAsync(db, ct) is not { } target)
        {
            return 2;
        }
        await using var services = CommandServices.Build(target);
        using var scope = services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<InitializeDatabase>()
            .HandleAsync(Environment.GetEnvironmentVariable(InitializeDatabase.AdminPasswordVariable), ct);
        if (outcome.GeneratedAdminPassword is { } adminPassword)
        {
            Kechuang.Web.Hosting.AdminPasswordNotice.Print(adminPassword);
        }
        try
        {
            return await action(scope.ServiceProvider);
        }
        catch (KechuangException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
