using Kechuang.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Kechuang.Regions;

/// <summary>
/// Loads the shipped division list into an empty Regions table at first start. 45,000 rows through EF take
/// seconds, so this is the module's one bulk path: COPY on PostgreSQL, one prepared insert on SQLite.
/// Reference data from a national standard, so it is not audited row by row.
/// </summary>
public static class LoadRegions
{
    public static async Task<int> IfEmptyAsync(KechuangDbContext db, CancellationToken ct = default)
    {
        if (await db.Regions.AnyAsync(ct))
        {
            return 0;
        }
        var regions = RegionCatalog.Load();
        await InsertAsync(db, regions, ct);
        return regions.Count;
    }

    /// <summary>The bulk insert itself (bench/Kechuang.Bench times it against the database's own loader).</summary>
    public static async Task InsertAsync(KechuangDbContext db, IReadOnlyList<Region> regions, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            switch (db.Database.GetDbConnection())
            {
                case NpgsqlConnection pg:
                    await CopyAsync(pg, regions, ct);
                    break;
                case SqliteConnection sqlite:
                    await InsertPreparedAsync(sqlite, regions, ct);
                    break;
                default:
                    throw new NotSupportedException(db.Database.ProviderName);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<Region> regions, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """COPY "Regions" ("Code", "Name", "Level", "ParentCode") FROM STDIN (FORMAT BINARY)""", ct);
        foreach (var region in regions)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(region.Code, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(region.Name, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync((int)region.Level, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(region.ParentCode, NpgsqlDbType.Varchar, ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static async Task InsertPreparedAsync(SqliteConnection connection, IReadOnlyList<Region> regions, CancellationToken ct)
    {
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """INSERT INTO "Regions" ("Code", "Name", "Level", "ParentCode") VALUES ($c, $n, $l, $p)""";
        var code = command.Parameters.Add("$c", SqliteType.Text);
        var name = command.Parameters.Add("$n", SqliteType.Text);
        var level = command.Parameters.Add("$l", SqliteType.Integer);
        var parent = command.Parameters.Add("$p", SqliteType.Text);
        command.Prepare();
        foreach (var region in regions)
        {
            code.Value = region.Code;
            name.Value = region.Name;
            level.Value = (int)region.Level;
            parent.Value = (object?)region.ParentCode ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }
}
