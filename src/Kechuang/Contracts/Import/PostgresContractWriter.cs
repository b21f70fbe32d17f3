using System.Data.Common;
using Kechuang.Data;
using Npgsql;
using NpgsqlTypes;

namespace Kechuang.Contracts.Import;

/// <summary>
/// PostgreSQL: a batch of new contracts is one binary COPY straight into the register; lookups, updates and the
/// rollup are one statement per batch with array parameters, so the round trips do not grow with the rows.
/// </summary>
internal sealed class PostgresContractWriter(NpgsqlConnection connection, DbTransaction transaction, DateTimeOffset now, long fileBytes) : ContractWriter
{
    private const string Updates = "contract_updates";

    private BulkIndexes? _indexes;

    protected override async Task StartAsync(CancellationToken ct)
    {
        _indexes = await DropIndexesForAsync(connection, transaction, fileBytes, ct);
        await RawSql.ExecuteAsync(connection, transaction, $"""
            CREATE TEMP TABLE {Seen} ("RegistrationNo" varchar(40) PRIMARY KEY, "Row" integer NOT NULL) ON COMMIT DROP;
            CREATE TEMP TABLE {Updates} (LIKE "TechContracts" INCLUDING DEFAULTS) ON COMMIT DROP;
            """, ct);
    }

    public override async Task<Dictionary<string, MatchedContract>> FindAsync(IReadOnlyCollection<string> numbers, CancellationToken ct)
    {
        var found = new Dictionary<string, MatchedContract>();
        if (numbers.Count == 0)
        {
            return found;
        }
        // One index probe per number: the register grows during the import without fresh statistics, and the planner
        // otherwise chose to scan the whole register for each batch's numbers (bench/: 12 s of a million-row import).
        await using var command = Command($"""
            SELECT c."RegistrationNo", c."Id", c."SellerRegionCode", c."Status", c."RegisteredPeriod", c."Type", c."Turnover", c."TechTransaction", s."Row"
            FROM unnest(@numbers) AS n("No")
            CROSS JOIN LATERAL (SELECT * FROM "TechContracts" t WHERE t."RegistrationNo" = n."No" LIMIT 1) c
            LEFT JOIN {Seen} s ON s."RegistrationNo" = c."RegistrationNo"
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]>("numbers", [.. numbers]));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found[reader.GetString(0)] = new MatchedContract(reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.GetString(5), reader.GetDecimal(6), reader.GetDecimal(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8));
        }
        return found;
    }

    /// <summary>The numbers are looked up first, then the new rows are one COPY: COPY cannot skip a conflict.</summary>
    public override async Task<bool[]> InsertNewAsync(IReadOnlyList<(Guid Id, StagedContract Row)> rows, CancellationToken ct)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, row) in rows)
        {
            if (row.RegistrationNo is { } number)
            {
                numbers.Add(number);
            }
        }
        var existing = await FindAsync(numbers, ct);
        var inserted = new bool[rows.Count];
        var copy = new List<(Guid, StagedContract)>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var number = rows[i].Row.RegistrationNo;
            // numbers.Remove: the first row with a new number takes it, a later one conflicts.
            if (number is null || (!existing.ContainsKey(number) && numbers.Remove(number)))
            {
                inserted[i] = true;
                copy.Add(rows[i]);
            }
        }
        await CopyAsync("\"TechContracts\"", copy, ct);
        return inserted;
    }

    public override async Task<int> UpdateAsync(IReadOnlyList<(Guid Id, StagedContract Row)> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        await CopyAsync(Updates, rows, ct);
        await using var update = Command($"""
            UPDATE "TechContracts" AS c SET {string.Join(", ", Fields.Select(f => $"\"{f}\" = s.\"{f}\""))}, "UpdatedAt" = s."UpdatedAt", "Version" = c."Version" + 1
            FROM {Updates} s WHERE s."Id" = c."Id" AND ({Quoted(Fields, "c.")}) IS DISTINCT FROM ({Quoted(Fields, "s.")});
            """);
        var changed = await update.ExecuteNonQueryAsync(ct);
        await RawSql.ExecuteAsync(connection, transaction, $"TRUNCATE {Updates}", ct);
        return changed;
    }

    public override async Task SeenAsync(IReadOnlyList<(string Number, int Row)> seen, CancellationToken ct)
    {
        if (seen.Count == 0)
        {
            return;
        }
        await using var command = Command($"""INSERT INTO {Seen} ("RegistrationNo", "Row") SELECT * FROM unnest(@numbers, @rows)""");
        command.Parameters.Add(new NpgsqlParameter<string[]>("numbers", [.. seen.Select(s => s.Number)]));
        command.Parameters.Add(new NpgsqlParameter<int[]>("rows", [.. seen.Select(s => s.Row)]));
        await command.ExecuteNonQueryAsync(ct);
    }

    public override async Task FinishAsync(IReadOnlyCollection<KeyValuePair<RollupKey, RollupDelta>> deltas, CancellationToken ct)
    {
        await _indexes!.RestoreAsync(ct);
        if (deltas.Count == 0)
        {
            return;
        }
        // Sorted, so two imports touching the same months lock the rollup rows in the same order.
        var sorted = deltas.OrderBy(d => d.Key.RegionCode, StringComparer.Ordinal).ThenBy(d => d.Key.Period).ThenBy(d => d.Key.Type, StringComparer.Ordinal).ToList();
        await using var command = Command("""
            INSERT INTO "ContractMonthStats" ("RegionCode", "Period", "Type", "Count", "Turnover", "TechTransaction")
            SELECT * FROM unnest(@regions, @periods, @types, @counts, @turnovers, @techs)
            ON CONFLICT ("RegionCode", "Period", "Type") DO UPDATE SET
              "Count" = "ContractMonthStats"."Count" + excluded."Count",
              "Turnover" = "ContractMonthStats"."Turnover" + excluded."Turnover",
              "TechTransaction" = "ContractMonthStats"."TechTransaction" + excluded."TechTransaction";
            DELETE FROM "ContractMonthStats" WHERE "Count" = 0;
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]>("regions", [.. sorted.Select(d => d.Key.RegionCode)]));
        command.Parameters.Add(new NpgsqlParameter<int[]>("periods", [.. sorted.Select(d => d.Key.Period)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", [.. sorted.Select(d => d.Key.Type)]));
        command.Parameters.Add(new NpgsqlParameter<int[]>("counts", [.. sorted.Select(d => d.Value.Count)]));
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("turnovers", [.. sorted.Select(d => d.Value.Turnover)]));
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("techs", [.. sorted.Select(d => d.Value.TechTransaction)]));
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task CopyAsync(string table, IReadOnlyList<(Guid Id, StagedContract Row)> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await using var w = await connection.BeginBinaryImportAsync(
            $"COPY {table} (\"Id\", \"RegistrationNo\", {Quoted(Fields)}, \"CreatedAt\", \"UpdatedAt\", \"Version\") FROM STDIN (FORMAT BINARY)", ct);
        // Synchronous writes on the writer's own thread: the importer buffers, so the async calls (twenty a row) only
        // added overhead.
        foreach (var (id, row) in rows)
        {
            ct.ThrowIfCancellationRequested();
            w.StartRow();
            w.Write(id, NpgsqlDbType.Uuid);
            Text(w, row.RegistrationNo);
            w.Write(row.Name, NpgsqlDbType.Varchar);
            w.Write(row.Type, NpgsqlDbType.Varchar);
            w.Write(row.SellerName, NpgsqlDbType.Varchar);
            w.Write(row.SellerUscc, NpgsqlDbType.Varchar);
            w.Write(row.SellerRegionCode, NpgsqlDbType.Varchar);
            w.Write(row.BuyerName, NpgsqlDbType.Varchar);
            Text(w, row.BuyerUscc);
            Text(w, row.BuyerRegionCode);
            w.Write(row.SignedOn, NpgsqlDbType.Date);
            w.Write(row.ReceivedOn, NpgsqlDbType.Date);
            if (row.RegisteredOn is { } on)
            {
                w.Write(on, NpgsqlDbType.Date);
                w.Write(TechContract.Period(on), NpgsqlDbType.Integer);
            }
            else
            {
                w.WriteNull();
                w.WriteNull();
            }
            w.Write(row.Status, NpgsqlDbType.Varchar);
            w.Write(row.Turnover, NpgsqlDbType.Numeric);
            w.Write(row.TechTransaction, NpgsqlDbType.Numeric);
            w.Write(now, NpgsqlDbType.TimestampTz);
            w.Write(now, NpgsqlDbType.TimestampTz);
            w.Write(0, NpgsqlDbType.Integer);
        }
        await w.CompleteAsync(ct);
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection, (NpgsqlTransaction)transaction) { CommandTimeout = 0 };

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
