using Npgsql;

namespace Kechuang.Data;

/// <summary>
/// Background work done by one node at a time (ADR 0024): a PostgreSQL session advisory lock, taken without waiting
/// on its own connection and released when the work ends or the connection dies with its node. A node that finds
/// the lock taken skips this round. On SQLite there is one process, so the work simply runs.
/// </summary>
public static class ClusterLock
{
    /// <summary>Runs <paramref name="work"/> when this node holds the lock named <paramref name="name"/>; false when another node does.</summary>
    public static async Task<bool> TryRunAsync(DatabaseTarget target, string name, Func<Task> work, CancellationToken ct)
    {
        if (target.Provider != DatabaseProvider.Postgres)
        {
            await work();
            return true;
        }
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@name))", connection);
        command.Parameters.AddWithValue("name", "kechuang:" + name);
        if (await command.ExecuteScalarAsync(ct) is not true)
        {
            return false;
        }
        try
        {
            await work();
            return true;
        }
        finally
        {
            command.CommandText = "SELECT pg_advisory_unlock(hashtext(@name))";
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
    }
}
