using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kechuang.Data;

/// <summary>
/// Checks, before anything else touches it, that the database can be reached and written, and says in plain
/// Chinese what is wrong when it cannot (a clear message and a non-zero exit, not a stack trace: README, exit codes).
/// </summary>
public static class DatabasePreflight
{
    /// <summary>Null when the database is usable, else the message for the person at the console.</summary>
    public static async Task<string?> ProblemAsync(DatabaseTarget target, CancellationToken ct = default) =>
        target.Provider switch
        {
            DatabaseProvider.Sqlite => await SqliteProblemAsync(target, ct),
            DatabaseProvider.Postgres => await PostgresProblemAsync(target, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };

    private static async Task<string?> SqliteProblemAsync(DatabaseTarget target, CancellationToken ct)
    {
        var file = target.SqliteFile!;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using var connection = new SqliteConnection(target.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            // A write lock proves the file is writable without changing it.
            command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync(ct);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or NotSupportedException or ArgumentException)
        {
            return $"无法写入数据库文件 {file}：{e.Message}。请检查路径是否存在、是否有写权限，或用 --db 指定其他位置。";
        }
    }

    private static async Task<string?> PostgresProblemAsync(DatabaseTarget target, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            return null;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null; // the server is up; migrations create the database
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or ArgumentException)
        {
            return $"无法连接 PostgreSQL 数据库（{builder.Host}:{builder.Port}/{builder.Database}）：{e.Message}。"
                + "请确认数据库服务已启动，连接串中的主机、端口、用户名和密码正确。";
        }
    }
}
