using System.Text;
using System.Text.Json;
using Kechuang.Data;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kechuang.Enterprises;

/// <summary>
/// SQLite's index for name search (ADR 0009): an FTS5 table whose tokens are each two-character piece of the
/// lower-cased name and its last character. Triggers on Enterprises keep it in the writing transaction, so every
/// write path — EF, the Excel import, raw SQL — feeds it and a killed process cannot leave it behind. It finds
/// candidates; LIKE still decides. PostgreSQL has its trigram index and does not use this.
/// </summary>
internal static class NameGrams
{
    /// <summary>FTS5, contentless: it keeps only the index; rows of <see cref="Rows"/> give each enterprise its integer key.</summary>
    public const string Table = "EnterpriseNameSearch";

    public const string Rows = "EnterpriseSearchRows";

    /// <summary>Positions 1..1000 for the triggers to cut names at; names are at most 200 characters (EnterpriseRules).</summary>
    public const string Positions = "EnterpriseNamePositions";

    public static readonly string[] Triggers = ["EnterpriseNameSearch_Insert", "EnterpriseNameSearch_Update", "EnterpriseNameSearch_Delete"];

    /// <summary>
    /// A name's tokens: each two-character piece of the name lower-cased as SQLite's lower() and LIKE do (ASCII
    /// only), and the last character alone, each written in hex so the tokenizer keeps it whole whatever it holds.
    /// </summary>
    private const string Tokens = $"""
        (SELECT group_concat(hex(substr(lower(X."Name"), p."N", 2)), ' ') FROM "{Positions}" AS p WHERE p."N" <= length(X."Name"))
        """;

    public const string Pending = "EnterpriseSearchPending";

    /// <summary>
    /// The triggers only note which enterprises changed: FTS5 flushes its buffer at every statement savepoint, so
    /// writing it row by row from a trigger made the 100,000-row import twice as slow. <see cref="CatchUp"/>
    /// writes the noted rows in a few set-wise statements instead.
    /// </summary>
    private const string NoteOld = $"""INSERT OR IGNORE INTO "{Pending}" ("Id") VALUES (OLD."Id");""";

    private const string NoteNew = $"""INSERT OR IGNORE INTO "{Pending}" ("Id") VALUES (NEW."Id");""";

    /// <summary>detail=none: a term's pieces are ANDed and LIKE checks the order, so positions need not be stored.</summary>
    public const string CreateTables = $"""
        CREATE TABLE IF NOT EXISTS "{Positions}" ("N" INTEGER NOT NULL PRIMARY KEY);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
        INSERT OR IGNORE INTO "{Positions}" ("N") SELECT i FROM n;
        CREATE TABLE IF NOT EXISTS "{Rows}" ("Row" INTEGER NOT NULL PRIMARY KEY, "Id" TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS "{Pending}" ("Id" TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
        CREATE VIRTUAL TABLE IF NOT EXISTS "{Table}" USING fts5("Tokens", content='', contentless_delete=1, detail=none, tokenize='ascii');
        """;

    public const string CreateTriggers = $"""
        CREATE TRIGGER IF NOT EXISTS "EnterpriseNameSearch_Insert" AFTER INSERT ON "Enterprises" BEGIN
        {NoteNew}
        END;
        CREATE TRIGGER IF NOT EXISTS "EnterpriseNameSearch_Update" AFTER UPDATE OF "Name", "Id" ON "Enterprises"
        WHEN OLD."Name" IS NOT NEW."Name" OR OLD."Id" IS NOT NEW."Id" BEGIN
        {NoteOld}
        {NoteNew}
        END;
        CREATE TRIGGER IF NOT EXISTS "EnterpriseNameSearch_Delete" AFTER DELETE ON "Enterprises" BEGIN
        {NoteOld}
        END;
        """;

    /// <summary>Re-indexes the noted enterprises (a deleted one only leaves the index) and clears the notes.</summary>
    public static readonly string CatchUp = $"""
        DELETE FROM "{Table}" WHERE rowid IN (SELECT r."Row" FROM "{Rows}" AS r JOIN "{Pending}" AS p ON p."Id" = r."Id");
        DELETE FROM "{Rows}" WHERE "Id" IN (SELECT "Id" FROM "{Pending}");
        INSERT INTO "{Rows}" ("Id") SELECT e."Id" FROM "{Pending}" AS p JOIN "Enterprises" AS e ON e."Id" = p."Id";
        INSERT INTO "{Table}" (rowid, "Tokens")
        SELECT r."Row", {Tokens.Replace("X.", "e.", StringComparison.Ordinal)}
        FROM "{Pending}" AS p JOIN "Enterprises" AS e ON e."Id" = p."Id" JOIN "{Rows}" AS r ON r."Id" = e."Id";
        DELETE FROM "{Pending}";
        """;

    public static readonly string Rebuild = $"""
        DELETE FROM "{Pending}";
        DELETE FROM "{Rows}";
        INSERT INTO "{Table}" ("{Table}") VALUES ('delete-all');
        INSERT INTO "{Rows}" ("Id") SELECT "Id" FROM "Enterprises" ORDER BY "Id";
        INSERT INTO "{Table}" (rowid, "Tokens")
        SELECT r."Row", {Tokens.Replace("X.", "e.", StringComparison.Ordinal)} FROM "{Rows}" AS r JOIN "Enterprises" AS e ON e."Id" = r."Id";
        """;

    /// <summary>
    /// For a bulk load (<see cref="BulkIndexes"/>), inside its transaction: the insert trigger goes, and
    /// <see cref="NoteUnindexedAsync"/> notes the new enterprises afterwards in one sorted statement — noting 100,000
    /// random ids one row at a time cost a second of the import (ADR 0023).
    /// </summary>
    public static Task DropInsertNoteAsync(KechuangDbContext db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(DropInsertNote, ct);

    private const string DropInsertNote = """DROP TRIGGER IF EXISTS "EnterpriseNameSearch_Insert" """;

    private const string NoteUnindexed = $"""
        INSERT OR IGNORE INTO "{Pending}" ("Id")
        SELECT e."Id" FROM "Enterprises" AS e WHERE NOT EXISTS (SELECT 1 FROM "{Rows}" AS r WHERE r."Id" = e."Id") ORDER BY e."Id"
        """;

    /// <summary>Brings the insert trigger back and notes every enterprise the index does not hold, for the next catch-up.</summary>
    public static async Task NoteUnindexedAsync(KechuangDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(CreateTriggers, ct);
        await db.Database.ExecuteSqlRawAsync(NoteUnindexed, ct);
    }

    /// <summary>
    /// Brings the index up to date with the noted changes, in one write transaction. A search does not wait for
    /// a busy writer (an import holds the lock for minutes): it skips, and <see cref="CandidatesAsync"/> adds the
    /// noted ids meanwhile, so results never depend on this having run.
    /// </summary>
    public static async Task CatchUpAsync(KechuangDbContext db, bool wait, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null
            || await db.Database.SqlQuery<int>($"""SELECT EXISTS (SELECT 1 FROM "EnterpriseSearchPending") AS "Value" """).SingleAsync(ct) == 0)
        {
            return;
        }
        var timeout = db.Database.GetCommandTimeout();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (!wait)
            {
                db.Database.SetCommandTimeout(1);
                await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 0", ct);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(CatchUp, ct);
            await transaction.CommitAsync(ct);
        }
        catch (SqliteException e) when (!wait && e.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED: another writer; the next search or the writer's own catch-up will do it.
        }
        finally
        {
            if (!wait)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 30000", ct);
                db.Database.SetCommandTimeout(timeout);
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// At start: a table rebuild by a later migration drops the triggers with the old table; then the index is
    /// rebuilt rather than left silently behind. Returns whether it had to; otherwise catches up.
    /// </summary>
    public static async Task<bool> EnsureAsync(KechuangDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            return false;
        }
        var present = await db.Database.SqlQuery<int>(
            $"""SELECT count(*) AS "Value" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Enterprises' AND name LIKE 'EnterpriseNameSearch%'""")
            .SingleAsync(ct);
        if (present == Triggers.Length)
        {
            // Changes noted but not indexed when the last process stopped.
            await CatchUpAsync(db, wait: true, ct);
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(CreateTables, ct);
        await db.Database.ExecuteSqlRawAsync(CreateTriggers, ct);
        await db.Database.ExecuteSqlRawAsync(Rebuild, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// The ids that may match <paramref name="term"/> — a superset the caller narrows with LIKE — or null when
    /// the term is so common that reading the (RegionCode, Name, Id) index in order finds a page sooner.
    /// An all-ASCII term may also be a USCC prefix: those ids come from the USCC index.
    /// </summary>
    public static async Task<List<Guid>?> CandidatesAsync(KechuangDbContext db, string term, int cap, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return await PostgresCandidatesAsync(db, term, cap, ct);
        }
        await CatchUpAsync(db, wait: false, ct);
        var runes = Lower(term).EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count == 0)
        {
            return null;
        }
        // One character: any piece starting with it (UTF-8 is prefix-free, so its hex is a prefix of exactly those).
        // More: every piece of the term must be in the name.
        var match = runes.Count == 1
            ? Hex(runes[0]) + "*"
            : string.Join(" AND ", Enumerable.Range(0, runes.Count - 1).Select(i => Hex(runes[i] + runes[i + 1])).Distinct());
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT r."Id" AS "Value" FROM "EnterpriseNameSearch" AS f JOIN "EnterpriseSearchRows" AS r ON r."Row" = f.rowid
            WHERE "EnterpriseNameSearch" MATCH {match} LIMIT {cap + 1}
            """).ToListAsync(ct);
        if (ids.Count > cap)
        {
            return null;
        }
        // Enterprises changed since the last catch-up may be missing from the index, or in it under an old name.
        ids.AddRange(await db.Database.SqlQuery<Guid>($"""SELECT "Id" AS "Value" FROM "EnterpriseSearchPending" LIMIT {cap + 1}""").ToListAsync(ct));
        if (term.All(char.IsAscii))
        {
            // USCCs are stored upper-case and ASCII, so a range on the index finds what the LIKE prefix does.
            var prefix = term.ToUpperInvariant();
            var end = prefix + "\u007f";
            ids.AddRange(await db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM "Enterprises" WHERE "Uscc" >= {prefix} AND "Uscc" < {end} LIMIT {cap + 1}""")
                .ToListAsync(ct));
        }
        ids = ids.Distinct().ToList();
        return ids.Count > cap ? null : ids;
    }

    /// <summary>
    /// PostgreSQL's trigram index serves terms of three characters or more; a shorter one has no trigram, so its
    /// LIKE reads every name. An expression GIN index over each name's characters and pairs of characters
    /// (kc_name_grams, migration SearchIndex) finds those. The database keeps it, so every node reads its own
    /// writes. Case-sensitive, as PostgreSQL's LIKE is; an ASCII term keeps the USCC-prefix path. The index is built
    /// under the "C" collation (migration NameGramsCollateC) and both queries name it, or the planner would not use it.
    /// </summary>
    private static async Task<List<Guid>?> PostgresCandidatesAsync(KechuangDbContext db, string term, int cap, CancellationToken ct)
    {
        var runes = term.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count is 0 or > 2 || term.All(char.IsAscii))
        {
            return null;
        }
        var gram = string.Concat(runes);
        // A GIN index answers with a bitmap of every match, so counting a common pair (科技) costs more than the
        // search; the planner's estimate from the index statistics tells common from rare first.
        if (await EstimatedRowsAsync(db, gram, ct) > cap)
        {
            return null;
        }
        var ids = await db.Database.SqlQueryRaw<Guid>(GramSearch, new NpgsqlParameter<string>("gram", gram), new NpgsqlParameter<int>("limit", cap + 1))
            .ToListAsync(ct);
        return ids.Count > cap ? null : ids;
    }

    /// <summary>The names holding the gram @gram, as the index (built under the "C" collation) answers it.</summary>
    internal const string GramMatch = """(kc_name_grams("Name") COLLATE "C") @> ARRAY[@gram]::text[]""";

    private const string GramSearch = "SELECT \"Id\" AS \"Value\" FROM \"Enterprises\" WHERE " + GramMatch + " LIMIT @limit";

    private static async Task<double> EstimatedRowsAsync(KechuangDbContext db, string gram, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN (FORMAT JSON) SELECT 1 FROM \"Enterprises\" WHERE " + GramMatch;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "gram";
            parameter.Value = gram;
            command.Parameters.Add(parameter);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            using var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync(ct))!);
            return plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Hex(string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text));

    /// <summary>SQLite's lower(): ASCII letters only, as its LIKE compares.</summary>
    private static string Lower(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }
        return builder.ToString();
    }
}
