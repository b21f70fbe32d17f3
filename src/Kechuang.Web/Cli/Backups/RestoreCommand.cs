using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Kechuang.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kechuang.Web.Cli.Backups;

/// <summary>
/// `kechuang restore --from FILE --db TARGET`: into an empty database only (a restore never mixes with live data), then
/// the backup's manifest recomputed on the restored database and compared table by table (docs/deploy.md, 备份与恢复).
/// Exit 0 all match, 1 restored but a table differs or the manifest is missing, 2 nothing restored.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var db = KechuangCli.DbOption();
        var from = new Option<FileInfo>("--from") { Description = "kechuang backup 生成的备份文件", Required = true };
        var command = new Command("restore", "把备份恢复到一个空数据库（SQLite 新文件，或 PostgreSQL 新库/空库），并按校验清单逐表核对行数与校验和") { db, from };
        command.SetAction(async (result, ct) =>
        {
            if (CommandServices.Parse(result.GetValue(db)) is not { } target)
            {
                return 2;
            }
            var file = result.GetValue(from)!.FullName;
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"备份文件不存在：{file}");
                return 2;
            }
            var expected = target.Provider == DatabaseProvider.Sqlite ? "SQLite format 3\0" : "PGDMP";
            if (!Encoding.ASCII.GetString(ReadStart(file, expected.Length)).Equals(expected, StringComparison.Ordinal))
            {
                Console.Error.WriteLine(target.Provider == DatabaseProvider.Sqlite
                    ? $"{file} 不是 SQLite 备份文件：恢复到 SQLite 需要 kechuang backup 从 SQLite 数据库生成的备份。"
                    : $"{file} 不是 pg_dump 自定义格式的备份：恢复到 PostgreSQL 需要 kechuang backup 从 PostgreSQL 数据库生成的备份。");
                return 2;
            }
            var clock = Stopwatch.StartNew();
            BackupManifest? restored;
            try
            {
                restored = target.Provider switch
                {
                    DatabaseProvider.Sqlite => await SqliteAsync(target, file, ct),
                    DatabaseProvider.Postgres => await PostgresAsync(target, file, ct),
                    _ => throw new ArgumentOutOfRangeException(nameof(result)),
                };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or NpgsqlException or TimeoutException)
            {
                Console.Error.WriteLine($"恢复失败：{PartialFile.Explain(e)}");
                return 2;
            }
            if (restored is null)
            {
                return 2;
            }
            Console.WriteLine($"已恢复到 {target.Display}（用时 {clock.Elapsed.TotalSeconds:0.0} 秒）。");
            var manifest = BackupManifest.Read(BackupManifest.PathFor(file));
            if (manifest is null)
            {
                Console.Error.WriteLine($"找不到校验清单 {BackupManifest.PathFor(file)}：数据已恢复，但无法核对行数与校验和。");
                return 1;
            }
            var problems = manifest.Differences(restored);
            if (problems.Count > 0)
            {
                Console.Error.WriteLine($"恢复后的数据与备份清单不一致（{problems.Count} 处）：");
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine("  " + problem);
                }
                return 1;
            }
            Console.WriteLine($"{manifest.Tables.Count} 张表行数与校验和一致（共 {manifest.TotalRows} 行，迁移 {manifest.Migration ?? "无"}）。");
            return 0;
        });
        return command;
    }

    private static byte[] ReadStart(string file, int length)
    {
        using var stream = File.OpenRead(file);
        var start = new byte[length];
        return start[..stream.ReadAtLeast(start, length, throwOnEndOfStream: false)];
    }

    private static async Task<BackupManifest?> SqliteAsync(DatabaseTarget target, string file, CancellationToken ct)
    {
        var path = target.SqliteFile!;
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            Console.Error.WriteLine($"目标数据库 {path} 已存在且不是空文件。为避免覆盖数据，恢复只写入新文件：请指定一个不存在的文件。");
            return null;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = PartialFile.For(path);
        try
        {
            PartialFile.Discard(partial);
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await source.OpenAsync(ct);
                await copy.OpenAsync(ct);
                source.BackupDatabase(copy);
            }
            PartialFile.Publish(partial, path, overwrite: true);
        }
        catch
        {
            PartialFile.Discard(partial);
            throw;
        }
        await using var restored = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await restored.OpenAsync(ct);
        return await BackupManifest.OfSqliteAsync(restored, ct);
    }

    private static async Task<BackupManifest?> PostgresAsync(DatabaseTarget target, string file, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false };
        if (string.IsNullOrEmpty(builder.Database))
        {
            Console.Error.WriteLine("恢复到 PostgreSQL 需要在连接串中用 Database=… 指定目标数据库。");
            return null;
        }
        var server = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres" };
        var name = builder.Database;
        bool created;
        int major;
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync(ct);
            major = await PostgresTools.ServerMajorAsync(admin, ct);
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", name);
            created = (long)(await exists.ExecuteScalarAsync(ct))! == 0;
            if (created)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", admin);
                await create.ExecuteNonQueryAsync(ct);
            }
        }
        if (!created)
        {
            await using var existing = new NpgsqlConnection(builder.ConnectionString);
            await existing.OpenAsync(ct);
            await using var count = new NpgsqlCommand("""
                SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
                """, existing);
            var relations = (long)(await count.ExecuteScalarAsync(ct))!;
            if (relations > 0)
            {
                Console.Error.WriteLine($"目标数据库 {name} 不是空库（已有 {relations} 个表、视图或序列）。为避免覆盖数据，恢复只写入空库：请指定一个新的数据库名。");
                return null;
            }
        }
        if (PostgresTools.Find("pg_restore", major, out var missing) is not { } pgRestore)
        {
            Console.Error.WriteLine($"恢复失败：{missing}");
            await DropIfCreatedAsync(server, name, created, ct);
            return null;
        }
        // One transaction: a failing restore leaves the database as empty as it was. Owners and grants are the source
        // server's; on the target the connecting user owns what it restores.
        using var restore = Process.Start(PostgresTools.StartInfo(pgRestore, builder,
            ["--single-transaction", "--exit-on-error", "--no-owner", "--no-acl", "--no-password", $"--dbname={name}", file]))!;
        var (code, error) = await PostgresTools.RunAsync(restore, ct);
        if (code != 0)
        {
            Console.Error.WriteLine($"恢复失败：pg_restore 退出码 {code}：{PostgresTools.Explain(error)}");
            await DropIfCreatedAsync(server, name, created, ct);
            return null;
        }
        await using var restored = new NpgsqlConnection(builder.ConnectionString);
        await restored.OpenAsync(ct);
        await using var read = await restored.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        return await BackupManifest.OfPostgresAsync(restored, ct);
    }

    /// <summary>A database this command created for a restore that failed is removed again: nothing half-made is left.</summary>
    private static async Task DropIfCreatedAsync(NpgsqlConnectionStringBuilder server, string name, bool created, CancellationToken ct)
    {
        if (!created)
        {
            return;
        }
        await using var admin = new NpgsqlConnection(server.ConnectionString);
        await admin.OpenAsync(ct);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync(ct);
    }
}
