using System.CommandLine;
using Kechuang.Data;
using Kechuang.Web.Hosting;
using Microsoft.Data.Sqlite;

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

    public static Command Backup()
    {
        var db = KechuangCli.DbOption();
        var output = new Option<FileInfo>("--out") { Description = "备份文件路径", Required = true };
        var command = new Command("backup", "在线备份 SQLite 数据库（服务运行中也可执行，得到一致的副本）") { db, output };
        command.SetAction(async (result, ct) =>
        {
            DatabaseTarget target;
            try
            {
                target = DatabaseTarget.Parse(result.GetValue(db));
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"--db 的值无效：{e.Message}");
                return 2;
            }
            if (target.Provider == DatabaseProvider.Postgres)
            {
                Console.Error.WriteLine("PostgreSQL 数据库请使用 pg_dump 备份，例如：pg_dump -Fc -h 主机 -U 用户 数据库名 > kechuang.dump");
                return 2;
            }
            var file = result.GetValue(output)!;
            if (!File.Exists(target.SqliteFile))
            {
                Console.Error.WriteLine($"数据库文件不存在：{target.SqliteFile}");
                return 2;
            }
            if (file.Exists)
            {
                Console.Error.WriteLine($"备份文件已存在：{file.FullName}。为避免覆盖，请换一个文件名。");
                return 2;
            }
            try
            {
                file.Directory?.Create();
                await using var source = new SqliteConnection(target.ConnectionString);
                await source.OpenAsync(ct);
                await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file.FullName, Pooling = false }.ToString());
                await copy.OpenAsync(ct);
                // SQLite's online backup API copies a consistent snapshot while others keep writing.
                source.BackupDatabase(copy);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
            {
                Console.Error.WriteLine($"备份失败：{e.Message}");
                return 2;
            }
            Console.WriteLine($"已备份到 {file.FullName}（{new FileInfo(file.FullName).Length / 1024} KB）");
            return 0;
        });
        return command;
    }
}
