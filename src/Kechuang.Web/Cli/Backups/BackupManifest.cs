using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kechuang.Web.Cli.Backups;

/// <summary>One table's row count and checksum at the backup's point.</summary>
internal sealed record TableSum(string Name, long Rows, string Checksum);

/// <summary>
/// What a backup holds, written beside it as FILE.manifest.json: every table's row count and checksum taken in the same
/// snapshot as the copy, and the last migration applied. A restore recomputes it on the restored database and compares
/// (docs/deploy.md, 备份与恢复). Checksums are compared only within one provider: each renders rows its own way.
/// </summary>
internal sealed record BackupManifest(string Provider, string? Migration, DateTimeOffset TakenAt, IReadOnlyList<TableSum> Tables)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string PathFor(string backupFile) => backupFile + ".manifest.json";

    public long TotalRows => Tables.Sum(t => t.Rows);

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static BackupManifest? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<BackupManifest>(File.ReadAllBytes(path), Json) : null;

    /// <summary>The differences, one Chinese line each; empty when every table matches.</summary>
    public IReadOnlyList<string> Differences(BackupManifest restored)
    {
        var mine = Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var theirs = restored.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var table in Tables)
        {
            if (!theirs.TryGetValue(table.Name, out var other))
            {
                problems.Add($"表 {table.Name}：恢复后的数据库中没有这张表");
            }
            else if (other.Rows != table.Rows)
            {
                problems.Add($"表 {table.Name}：备份时 {table.Rows} 行，恢复后 {other.Rows} 行");
            }
            else if (other.Checksum != table.Checksum)
            {
                problems.Add($"表 {table.Name}：行数一致（{table.Rows}），校验和不同");
            }
        }
        problems.AddRange(restored.Tables.Where(t => !mine.ContainsKey(t.Name)).Select(t => $"表 {t.Name}：备份中没有，恢复后却存在"));
        if (Migration != restored.Migration)
        {
            problems.Add($"迁移版本：备份时 {Migration ?? "无"}，恢复后 {restored.Migration ?? "无"}");
        }
        return problems;
    }

    /// <summary>
    /// From one SQLite connection: the finished copy is one consistent snapshot. A table's rows in primary-key order
    /// (rowid when it has none), each rendered as text and hashed, then the hashes hashed (SHA-256). FTS5 virtual
    /// tables are skipped: their content is in their shadow tables, which are ordinary tables and counted.
    /// </summary>
    public static async Task<BackupManifest> OfSqliteAsync(SqliteConnection connection, CancellationToken ct)
    {
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                + "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                names.Add(reader.GetString(0));
            }
        }
        var tables = new List<TableSum>();
        foreach (var name in names)
        {
            var key = new List<string>();
            await using (var pk = connection.CreateCommand())
            {
                pk.CommandText = "SELECT name FROM pragma_table_info($t) WHERE pk > 0 ORDER BY pk";
                pk.Parameters.AddWithValue("$t", name);
                await using var reader = await pk.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    key.Add(Quote(reader.GetString(0)));
                }
            }
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM {Quote(name)} ORDER BY {(key.Count > 0 ? string.Join(", ", key) : "rowid")}";
            await using var data = await rows.ExecuteReaderAsync(ct);
            using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var line = new StringBuilder();
            long count = 0;
            while (await data.ReadAsync(ct))
            {
                line.Clear();
                for (var i = 0; i < data.FieldCount; i++)
                {
                    line.Append(i == 0 ? "" : "\t").Append(Render(data.GetValue(i)));
                }
                all.AppendData(SHA256.HashData(Encoding.UTF8.GetBytes(line.ToString())));
                count++;
            }
            tables.Add(new TableSum(name, count, Convert.ToHexStringLower(all.GetHashAndReset())));
        }
        string? migration = null;
        if (names.Contains("__EFMigrationsHistory"))
        {
            await using var last = connection.CreateCommand();
            last.CommandText = "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\"";
            migration = await last.ExecuteScalarAsync(ct) as string;
        }
        return new BackupManifest("sqlite", migration, DateTimeOffset.UtcNow, tables);
    }

    /// <summary>
    /// Inside the caller's transaction (for a backup, the REPEATABLE READ one whose snapshot pg_dump imports): per
    /// table count(*) and md5 of the rows' md5s in primary-key order, rows rendered by PostgreSQL's own row-to-text
    /// under fixed session settings so the same rows give the same text on any server.
    /// </summary>
    public static async Task<BackupManifest> OfPostgresAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using (var settings = new NpgsqlCommand(
            "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; "
            + "SET LOCAL extra_float_digits = 1; SET LOCAL bytea_output = 'hex'", connection))
        {
            await settings.ExecuteNonQueryAsync(ct);
        }
        var found = new List<(string Schema, string Table, string Key)>();
        await using (var list = new NpgsqlCommand("""
            SELECT n.nspname, c.relname,
                   coalesce((SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord)
                             FROM pg_index i
                             CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                             WHERE i.indrelid = c.oid AND i.indisprimary), '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
            ORDER BY n.nspname, c.relname
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        var tables = new List<TableSum>();
        foreach (var (schema, table, key) in found)
        {
            var order = key.Length > 0 ? key : "t::text";
            await using var sum = new NpgsqlCommand(
                $"SELECT count(*), md5(coalesce(string_agg(md5(t::text), '' ORDER BY {order}), '')) FROM {Quote(schema)}.{Quote(table)} t",
                connection);
            await using var reader = await sum.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            tables.Add(new TableSum(schema == "public" ? table : $"{schema}.{table}", reader.GetInt64(0), reader.GetString(1)));
        }
        string? migration = null;
        if (found.Any(t => t.Schema == "public" && t.Table == "__EFMigrationsHistory"))
        {
            await using var last = new NpgsqlCommand("SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\"", connection);
            migration = await last.ExecuteScalarAsync(ct) as string;
        }
        return new BackupManifest("postgres", migration, DateTimeOffset.UtcNow, tables);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Render(object value) => value switch
    {
        DBNull => "\\N",
        byte[] bytes => Convert.ToHexStringLower(bytes),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
