using System.CommandLine;
using System.Diagnostics;
using Kechuang.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kechuang.Web.Cli.Backups;

/// <summary>
/// `kechuang backup --db … --out FILE`: a consistent copy while the service keeps writing, and FILE.manifest.json with
/// every table's row count and checksum at the copy's point (docs/deploy.md, 备份与恢复). SQLite through its online backup
/// API; PostgreSQL through `pg_dump -Fc` reading the snapshot of a transaction in which the checksums are computed.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var db = KechuangCli.DbOption();
        var output = new Option<FileInfo>("--out") { Description = "备份文件路径（另写 文件名.manifest.json 校验清单）", Required = true };
        var command = new Command("backup", "在线备份数据库（服务运行中也可执行）：SQLite 用在线备份，PostgreSQL 用 pg_dump 自定义格式；另写每张表的行数与校验和") { db, output };
        command.SetAction(async (result, ct) =>
        {
            if (CommandServices.Parse(result.GetValue(db)) is not { } target)
            {
                return 2;
            }
            var file = result.GetValue(output)!.FullName;
            if (File.Exists(file))
            {
                Console.Error.WriteLine($"备份文件已存在：{file}。为避免覆盖，请换一个文件名。");
                return 2;
            }
            var partial = PartialFile.For(file);
            var clock = Stopwatch.StartNew();
            BackupManifest manifest;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                PartialFile.Discard(partial); // a killed earlier run's leftover
                var copied = target.Provider switch
                {
                    DatabaseProvider.Sqlite => await SqliteAsync(target, partial, ct),
                    DatabaseProvider.Postgres => await PostgresAsync(target, partial, ct),
                    _ => throw new ArgumentOutOfRangeException(nameof(result)),
                };
                if (copied is not { } done)
                {
                    PartialFile.Discard(partial);
                    return 2;
                }
                manifest = done;
                // The manifest first, then the backup under its name: a file called FILE is always complete and described.
                var manifestPartial = PartialFile.For(BackupManifest.PathFor(file));
                await File.WriteAllBytesAsync(manifestPartial, manifest.ToJson(), ct);
                PartialFile.Publish(manifestPartial, BackupManifest.PathFor(file), overwrite: true);
                PartialFile.Publish(partial, file, overwrite: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or NpgsqlException or TimeoutException)
            {
                PartialFile.Discard(partial);
                PartialFile.Discard(PartialFile.For(BackupManifest.PathFor(file)));
                Console.Error.WriteLine($"备份失败：{PartialFile.Explain(e)}。未生成备份文件，已有的备份未受影响。");
                return 2;
            }
            Console.WriteLine($"已备份到 {file}（{new FileInfo(file).Length / 1024} KB，{manifest.Tables.Count} 张表，{manifest.TotalRows} 行，"
                + $"迁移 {manifest.Migration ?? "无"}，用时 {clock.Elapsed.TotalSeconds:0.0} 秒）；校验清单 {BackupManifest.PathFor(file)}");
            return 0;
        });
        return command;
    }

    private static async Task<BackupManifest?> SqliteAsync(DatabaseTarget target, string partial, CancellationToken ct)
    {
        if (!File.Exists(target.SqliteFile))
        {
            Console.Error.WriteLine($"备份失败：数据库文件不存在：{target.SqliteFile}");
            return null;
        }
        await using var source = new SqliteConnection(target.ConnectionString);
        await source.OpenAsync(ct);
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString());
        await copy.OpenAsync(ct);
        // The online backup API copies one consistent snapshot while others keep writing (WAL); the manifest is computed
        // from the finished copy, so it describes exactly what was copied.
        source.BackupDatabase(copy);
        return await BackupManifest.OfSqliteAsync(copy, ct);
    }

    private static async Task<BackupManifest?> PostgresAsync(DatabaseTarget target, string partial, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        if (PostgresTools.Find("pg_dump", await PostgresTools.ServerMajorAsync(connection, ct), out var missing) is not { } pgDump)
        {
            Console.Error.WriteLine($"备份失败：{missing}");
            return null;
        }
        // One snapshot for the copy and the checksums: pg_dump imports the snapshot this transaction exports, and the
        // transaction stays open until pg_dump is done (PostgreSQL documentation, pg_export_snapshot / pg_dump --snapshot).
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, snapshot);
        var id = (string)(await export.ExecuteScalarAsync(ct))!;
        using var dump = Process.Start(PostgresTools.StartInfo(pgDump, builder, ["--format=custom", $"--snapshot={id}", "--no-password", $"--file={partial}"]))!;
        var dumped = PostgresTools.RunAsync(dump, ct);
        BackupManifest manifest;
        try
        {
            manifest = await BackupManifest.OfPostgresAsync(connection, ct);
        }
        catch
        {
            dump.Kill(entireProcessTree: true);
            throw;
        }
        var (code, error) = await dumped;
        await snapshot.RollbackAsync(ct);
        if (code != 0)
        {
            Console.Error.WriteLine($"备份失败：pg_dump 退出码 {code}：{PostgresTools.Explain(error)}。未生成备份文件，已有的备份未受影响。");
            return null;
        }
        return manifest;
    }
}
