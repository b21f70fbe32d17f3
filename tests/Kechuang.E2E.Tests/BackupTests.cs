using System.Text.Json.Nodes;
using Npgsql;

namespace Kechuang.E2E.Tests;

/// <summary>
/// `kechuang backup` and `restore` as an operator runs them (docs/deploy.md, 备份与恢复): a round trip verified against
/// the manifest on both providers, a restore refusing a database that holds data, a tampered manifest reported table by
/// table, and a failing backup that leaves no half file and the older backup as it was.
/// </summary>
public sealed class BackupTests
{
    [Fact]
    public async Task BackupRestore_OnSqlite_RoundTripMatchesTheManifest_AndRefusesANonEmptyTarget()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-backup-").FullName;
        try
        {
            var db = Path.Combine(dir, "k.db");
            await MigrateWithAUserAsync(db);
            await RoundTripAsync(dir, db, Path.Combine(dir, "restored.db"), Path.Combine(dir, "tampered.db"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task BackupRestore_OnPostgres_RoundTripMatchesTheManifest_AndRefusesANonEmptyTarget()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-backup-").FullName;
        var names = new[] { "src", "dst", "bad" }.Select(n => $"kc_backup_{n}_{Guid.NewGuid():N}").ToArray();
        try
        {
            var source = Database(names[0]);
            await MigrateWithAUserAsync(source);
            await RoundTripAsync(dir, source, Database(names[1]), Database(names[2]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            await DropAsync(names);
        }
    }

    [Fact]
    public async Task FailingBackup_OnSqlite_LeavesNoPartialFile_AndTheOlderBackupUnchanged()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-backup-").FullName;
        try
        {
            var db = Path.Combine(dir, "k.db");
            var older = Path.Combine(dir, "backups", "monday.db");
            await MigrateWithAUserAsync(db);
            Assert.Equal(0, (await KechuangProcess.RunAsync("backup", "--db", db, "--out", older)).Code);
            var olderBytes = await File.ReadAllBytesAsync(older);
            // A damaged database: SQLite's header, then garbage. The copy starts, then fails.
            var damaged = Path.Combine(dir, "damaged.db");
            await File.WriteAllBytesAsync(damaged, [.. "SQLite format 3\0"u8.ToArray(), .. Enumerable.Repeat((byte)0xAB, 8192)]);

            var failed = await KechuangProcess.RunAsync("backup", "--db", damaged, "--out", Path.Combine(dir, "backups", "tuesday.db"));
            var same = await KechuangProcess.RunAsync("backup", "--db", db, "--out", older);

            Assert.Equal(2, failed.Code);
            Assert.Contains("备份失败", failed.Error);
            Assert.Contains("已有的备份未受影响", failed.Error);
            Assert.DoesNotContain("   at ", failed.Error);
            Assert.Equal(["monday.db", "monday.db.manifest.json"], Directory.GetFiles(Path.Combine(dir, "backups")).Select(Path.GetFileName).Order());
            Assert.Equal(2, same.Code);
            Assert.Contains("已存在", same.Error);
            Assert.Equal(olderBytes, await File.ReadAllBytesAsync(older));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task FailingBackup_OnPostgres_LeavesNoPartialFile_AndTheOlderBackupUnchanged()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-backup-").FullName;
        var name = $"kc_backup_old_{Guid.NewGuid():N}";
        try
        {
            var older = Path.Combine(dir, "monday.dump");
            await MigrateWithAUserAsync(Database(name));
            Assert.Equal(0, (await KechuangProcess.RunAsync("backup", "--db", Database(name), "--out", older)).Code);
            var olderBytes = await File.ReadAllBytesAsync(older);

            var failed = await KechuangProcess.RunAsync("backup", "--db", Database($"kc_backup_missing_{Guid.NewGuid():N}"), "--out", Path.Combine(dir, "tuesday.dump"));

            Assert.Equal(2, failed.Code);
            Assert.Contains("备份失败", failed.Error);
            Assert.Contains("does not exist", failed.Error);
            Assert.DoesNotContain("   at ", failed.Error);
            Assert.Equal(["monday.dump", "monday.dump.manifest.json"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
            Assert.Equal(olderBytes, await File.ReadAllBytesAsync(older));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            await DropAsync([name]);
        }
    }

    private static async Task MigrateWithAUserAsync(string db)
    {
        var migrate = await KechuangProcess.RunAsync("migrate", "--db", db);
        Assert.True(migrate.Code == 0, migrate.Error);
        var user = await KechuangProcess.RunAsync("admin", "create-user", "--db", db, "--user", "bk_staff", "--name", "王备份", "--role", "staff", "--region", "330326");
        Assert.True(user.Code == 0, user.Error);
    }

    private static async Task RoundTripAsync(string dir, string source, string target, string tamperedTarget)
    {
        var backup = Path.Combine(dir, "out", "k.backup");
        var made = await KechuangProcess.RunAsync("backup", "--db", source, "--out", backup);
        Assert.True(made.Code == 0, made.Error);
        Assert.False(File.Exists(backup + ".partial"));
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(backup + ".manifest.json"))!;
        var tables = manifest["tables"]!.AsArray();
        Assert.True(tables.Count > 100, $"{tables.Count} tables");
        Assert.StartsWith("20", (string)manifest["migration"]!);
        var users = tables.Single(t => (string)t!["name"]! == "AspNetUsers")!;
        Assert.Equal(2, (long)users["rows"]!); // admin and bk_staff

        var restored = await KechuangProcess.RunAsync("restore", "--from", backup, "--db", target);
        var again = await KechuangProcess.RunAsync("restore", "--from", backup, "--db", target);
        var login = await KechuangProcess.RunAsync("admin", "reset-password", "--db", target, "--user", "bk_staff", "--password", "Restored-2026");

        Assert.True(restored.Code == 0, restored.Out + restored.Error);
        Assert.Contains($"{tables.Count} 张表行数与校验和一致", restored.Out);
        Assert.Equal(2, again.Code);
        Assert.Contains("为避免覆盖数据", again.Error);
        Assert.True(login.Code == 0, login.Error); // the restored database is a working one: the user is there

        // A manifest that disagrees with the file (one row more, another checksum) is reported table by table, exit 1.
        users["rows"] = 3;
        tables.Single(t => (string)t!["name"]! == "Regions")!["checksum"] = "0";
        await File.WriteAllTextAsync(backup + ".manifest.json", manifest.ToJsonString());
        var tampered = await KechuangProcess.RunAsync("restore", "--from", backup, "--db", tamperedTarget);

        Assert.Equal(1, tampered.Code);
        Assert.Contains("表 AspNetUsers：备份时 3 行，恢复后 2 行", tampered.Error);
        Assert.Contains("表 Regions：行数一致", tampered.Error);
        Assert.Contains("不一致（2 处）", tampered.Error);
    }

    private static string Server => Environment.GetEnvironmentVariable("KECHUANG_TEST_PG")
        ?? throw new InvalidOperationException("PostgreSQL tests need KECHUANG_TEST_PG; ./scripts/test.sh sets it.");

    private static string Database(string name) => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    private static async Task DropAsync(IEnumerable<string> names)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Database("postgres"));
        await connection.OpenAsync();
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
