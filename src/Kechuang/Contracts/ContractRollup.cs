using System.Data.Common;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// Keeps <see cref="ContractMonthStat"/> equal to a GROUP BY over the registered contracts: one atomic increment per
/// registration, a set-based recompute of the months an import touched. Both run inside the caller's transaction.
/// </summary>
internal static class ContractRollup
{
    /// <summary>An upsert, not read-modify-write, so two desks registering in the same month cannot lose a count.</summary>
    public static Task AddAsync(KechuangDbContext db, TechContract c, CancellationToken ct)
    {
        var turnover = Money(db, c.Turnover);
        var tech = Money(db, c.TechTransaction);
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ContractMonthStats" ("RegionCode", "Period", "Type", "Count", "Turnover", "TechTransaction")
            VALUES ({c.SellerRegionCode}, {c.RegisteredPeriod!.Value}, {c.Type}, 1, {turnover}, {tech})
            ON CONFLICT ("RegionCode", "Period", "Type") DO UPDATE SET
              "Count" = "ContractMonthStats"."Count" + 1,
              "Turnover" = "ContractMonthStats"."Turnover" + excluded."Turnover",
              "TechTransaction" = "ContractMonthStats"."TechTransaction" + excluded."TechTransaction"
            """, ct);
    }

    /// <summary>Money as the provider stores it: integer fen on SQLite (ADR 0006), numeric yuan on PostgreSQL.</summary>
    public static object Money(KechuangDbContext db, decimal yuan) =>
        db.Database.IsSqlite() ? (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero) : yuan;

    /// <summary>
    /// Recomputes the rollup rows of every (region, month) listed in the temporary table <paramref name="affected"/>
    /// ("RegionCode", "Period") from the contracts themselves.
    /// </summary>
    public static async Task RecomputeAsync(DbConnection connection, DbTransaction transaction, string affected, CancellationToken ct)
    {
        await RawSql.ExecuteAsync(connection, transaction, $"""
            DELETE FROM "ContractMonthStats" WHERE EXISTS (SELECT 1 FROM {affected} a
              WHERE a."RegionCode" = "ContractMonthStats"."RegionCode" AND a."Period" = "ContractMonthStats"."Period")
            """, ct);
        await RawSql.ExecuteAsync(connection, transaction, $"""
            INSERT INTO "ContractMonthStats" ("RegionCode", "Period", "Type", "Count", "Turnover", "TechTransaction")
            SELECT c."SellerRegionCode", c."RegisteredPeriod", c."Type", COUNT(*), SUM(c."Turnover"), SUM(c."TechTransaction")
            FROM "TechContracts" c JOIN {affected} a ON a."RegionCode" = c."SellerRegionCode" AND a."Period" = c."RegisteredPeriod"
            WHERE c."Status" = 'registered'
            GROUP BY c."SellerRegionCode", c."RegisteredPeriod", c."Type"
            """, ct);
    }

    /// <summary>The whole rollup from the register: for demo data and repairs.</summary>
    public static async Task RebuildAsync(KechuangDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "ContractMonthStats" """, ct);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "ContractMonthStats" ("RegionCode", "Period", "Type", "Count", "Turnover", "TechTransaction")
            SELECT "SellerRegionCode", "RegisteredPeriod", "Type", COUNT(*), SUM("Turnover"), SUM("TechTransaction")
            FROM "TechContracts" WHERE "Status" = 'registered'
            GROUP BY "SellerRegionCode", "RegisteredPeriod", "Type"
            """, ct);
    }
}
