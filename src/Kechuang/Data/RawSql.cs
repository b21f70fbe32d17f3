using System.Data.Common;

namespace Kechuang.Data;

/// <summary>A statement on an open connection inside the caller's transaction, for bulk paths below EF; no timeout, as a large import's statements may run for minutes.</summary>
internal static class RawSql
{
    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return await command.ExecuteNonQueryAsync(ct);
    }
}
