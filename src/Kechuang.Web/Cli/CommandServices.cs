using Kechuang.Audit;
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
}
