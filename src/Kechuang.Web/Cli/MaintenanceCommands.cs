using System.CommandLine;
using Kechuang.Data;
using Kechuang.Web.Hosting;

namespace Kechuang.Web.Cli;

internal static class MaintenanceCommands
{
    public static Command Migrate()
    {
        var db = KechuangCli.DbOption();
        var command = new Command("migrate", "升级数据库结构，并载入行政区划、角色和初始管理员（可重复执行）") { db };
        command.SetAction(async (result, ct) =>
        {
            if (await CommandServices.OpenAsync(result.GetValue(db)!, ct) is not { } target)
            {
                return 2;
            }
            await using var services = CommandServices.Build(target);
            using var scope = services.CreateScope();
            InitializationResult outcome;
            try
            {
                outcome = await scope.ServiceProvider.GetRequiredService<InitializeDatabase>()
                    .HandleAsync(Environment.GetEnvironmentVariable(InitializeDatabase.AdminPasswordVariable), ct);
            }
            catch (DatabaseTooNewException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            Console.WriteLine($"数据库已是最新结构（{target.Display}）；本次载入行政区划 {outcome.RegionsLoaded} 条。");
            if (outcome.GeneratedAdminPassword is { } password)
            {
                AdminPasswordNotice.Print(password);
            }
            return 0;
        });
        return command;
    }
}
