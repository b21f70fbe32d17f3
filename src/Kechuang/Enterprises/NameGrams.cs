using System.Text;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// SQLite's index for name search (ADR 0008): every two-character piece of each lower-cased name, and its last
/// character, with the enterprise id. Triggers on Enterprises keep it in the writing transaction, so every write
/// path — EF, the Excel import, raw SQL — feeds it and a killed process cannot leave it behind. PostgreSQL has
/// its trigram index and does not use this.
/// </summary>
internal static class NameGrams
{
    public const string Table = "EnterpriseNameGrams";

    /// <summary>Positions 1..N for the triggers to cut names at; names are at most 200 characters (EnterpriseRules).</summary>
    public const string Positions = "EnterpriseNamePositions";

    public static readonly string[] Triggers = ["EnterpriseNameGrams_Insert", "EnterpriseNameGrams_Update", "EnterpriseNameGrams_Delete"];

    /// <summary>
    /// Lower-cased as SQLite's lower() and LIKE do (ASCII only), so a gram lookup finds what LIKE would; positions
    /// 1..length give each two-character piece and, last, the final character alone.
    /// </summary>
    private const string InsertNew = $"""
        INSERT OR IGNORE INTO "{Table}" ("Gram", "EnterpriseId")
        SELECT substr(lower(NEW."Name"), p."N", 2), NEW."Id" FROM "{Positions}" AS p WHERE p."N" <= length(NEW."Name");
        """;

    private const string DeleteOld = $"""
        DELETE FROM "{Table}" WHERE "EnterpriseId" = OLD."Id" AND "Gram" IN
        (SELECT substr(lower(OLD."Name"), p."N", 2) FROM "{Positions}" AS p WHERE p."N" <= length(OLD."Name"));
        """;

    public const string CreateTables = $"""
        CREATE TABLE IF NOT EXISTS "{Positions}" ("N" INTEGER NOT NULL PRIMARY KEY);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
        INSERT OR IGNORE INTO "{Positions}" ("N") SELECT i FROM n;
        CREATE TABLE IF NOT EXISTS "{Table}" ("Gram" TEXT NOT NULL, "EnterpriseId" TEXT NOT NULL, PRIMARY KEY ("Gram", "EnterpriseId")) WITHOUT ROWID;
        """;

    public const string CreateTriggers = $"""
        CREATE TRIGGER IF NOT EXISTS "EnterpriseNameGrams_Insert" AFTER INSERT ON "Enterprises" BEGIN
        {InsertNew}
        END;
        CREATE TRIGGER IF NOT EXISTS "EnterpriseNameGrams_Update" AFTER UPDATE OF "Name", "Id" ON "Enterprises"
        WHEN OLD."Name" IS NOT NEW."Name" OR OLD."Id" IS NOT NEW."Id" BEGIN
        {DeleteOld}
        {InsertNew}
        END;
        CREATE TRIGGER IF NOT EXISTS "EnterpriseNameGrams_Delete" AFTER DELETE ON "Enterprises" BEGIN
        {DeleteOld}
        END;
        """;

    /// <summary>Sorted so SQLite appends to the index instead of inserting at random places.</summary>
    public const string Rebuild = $"""
        DELETE FROM "{Table}";
        INSERT OR IGNORE INTO "{Table}" ("Gram", "EnterpriseId")
        SELECT substr(lower(e."Name"), p."N", 2) AS g, e."Id" FROM "Enterprises" AS e JOIN "{Positions}" AS p ON p."N" <= length(e."Name")
        ORDER BY g, e."Id";
        """;

    /// <summary>
    /// At start: a table rebuild by a later migration drops the triggers with the old table; then the index is
    /// rebuilt rather than left silently behind. Returns whether it had to.
    /// </summary>
    public static async Task<bool> EnsureAsync(KechuangDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            return false;
        }
        var present = await db.Database.SqlQuery<int>(
            $"""SELECT count(*) AS "Value" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Enterprises' AND name LIKE 'EnterpriseNameGrams%'""")
            .SingleAsync(ct);
        if (present == Triggers.Length)
        {
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
        var runes = Lower(term).EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count == 0)
        {
            return null;
        }
        List<Guid> ids;
        if (runes.Count == 1)
        {
            // Any piece starting with the character: those are exactly its places in names.
            var low = runes[0];
            if (Next(low) is not { } high)
            {
                return null;
            }
            ids = await db.Database.SqlQuery<Guid>(
                $"""SELECT "EnterpriseId" AS "Value" FROM "EnterpriseNameGrams" WHERE "Gram" >= {low} AND "Gram" < {high} LIMIT {cap + 1}""")
                .ToListAsync(ct);
            // One row per place, so an enterprise may come more than once; past the cap some may be missing.
            if (ids.Count > cap)
            {
                return null;
            }
            ids = ids.Distinct().ToList();
        }
        else
        {
            string? rarest = null;
            var fewest = int.MaxValue;
            foreach (var gram in Enumerable.Range(0, runes.Count - 1).Select(i => runes[i] + runes[i + 1]).Distinct())
            {
                var count = await db.Database.SqlQuery<int>(
                    $"""SELECT count(*) AS "Value" FROM (SELECT 1 FROM "EnterpriseNameGrams" WHERE "Gram" = {gram} LIMIT {cap + 1})""")
                    .SingleAsync(ct);
                if (count < fewest)
                {
                    (rarest, fewest) = (gram, count);
                }
            }
            if (fewest > cap)
            {
                return null;
            }
            ids = await db.Database.SqlQuery<Guid>($"""SELECT "EnterpriseId" AS "Value" FROM "EnterpriseNameGrams" WHERE "Gram" = {rarest}""")
                .ToListAsync(ct);
        }
        if (term.All(char.IsAscii))
        {
            // USCCs are stored upper-case and ASCII, so a range on the index finds what the LIKE prefix does.
            var prefix = term.ToUpperInvariant();
            var end = prefix + "\u007f";
            ids.AddRange(await db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM "Enterprises" WHERE "Uscc" >= {prefix} AND "Uscc" < {end} LIMIT {cap + 1}""")
                .ToListAsync(ct));
            ids = ids.Distinct().ToList();
        }
        return ids.Count > cap ? null : ids;
    }

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

    /// <summary>The character after <paramref name="rune"/>: UTF-8 keeps code point order, so this bounds a prefix range.</summary>
    private static string? Next(string rune)
    {
        var value = Rune.GetRuneAt(rune, 0).Value + 1;
        return value switch
        {
            0xD800 => "\uE000",
            > 0x10FFFF => null,
            _ => char.ConvertFromUtf32(value),
        };
    }
}
