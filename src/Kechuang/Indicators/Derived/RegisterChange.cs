using Kechuang.Audit;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Indicators.Derived;

/// <summary>A record some derived indicator is computed from (an enterprise, a title, a contract …).</summary>
public interface IFeedsIndicators
{
    /// <summary>The register it belongs to, as named by <see cref="IIndicatorCalculator.Register"/>.</summary>
    string Register { get; }

    /// <summary>
    /// The region code whose figures the record counts in (its county or town), or null when the record cannot tell
    /// by itself: then a change to it makes the register's figures stale in every region (ADR 0025).
    /// </summary>
    string? RegionFed(DbContext context) => null;

    /// <summary>The one year whose figures the record counts in (a year's facts), or 0 when it counts in every year.</summary>
    int YearFed => 0;
}

/// <summary>
/// One saved change to a register, written in the same SaveChanges as the change itself. <see cref="Scope"/> is the
/// longest code prefix shared by the regions the change touched ("" when unknown: all of them). A trigger counts
/// the changes per register and scope in <see cref="RegisterVersion"/>, which is what derived figures are stamped with.
/// </summary>
public sealed class RegisterChange : INotAudited
{
    public long Id { get; init; }
    public required string Register { get; init; }
    public string Scope { get; init; } = "";

    /// <summary>The one year whose figures changed, 0 for every year.</summary>
    public int Year { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>
/// How many changes a register has had within one scope, kept by a trigger on <c>RegisterChanges</c> inside the
/// writing transaction. Counts only rise, and a reader sees exactly the committed ones, so a sum of them read in
/// one statement rises with every commit that concerns a region, whatever the order of commits (ADR 0025).
/// </summary>
public sealed class RegisterVersion : INotAudited
{
    public required string Register { get; init; }
    public required string Scope { get; init; }
    public int Year { get; init; }
    public long Version { get; init; }
}

/// <summary>How a module whose bulk path bypasses change tracking marks its register changed.</summary>
public static class RegisterChanges
{
    /// <summary>Marks <paramref name="register"/> changed in <paramref name="scope"/> (a region code or prefix; "" for every region)
    /// and <paramref name="year"/> (0 for every year).</summary>
    public static void Mark(KechuangDbContext db, string register, DateTimeOffset at, string scope = "", int year = 0) =>
        db.Add(new RegisterChange { Register = register, Scope = scope, Year = year, At = at });

    /// <summary>The newest change id of <paramref name="register"/>, 0 when it never changed (one seek of the (Register, Id) index).</summary>
    public static async Task<long> NewestAsync(KechuangDbContext db, string register, CancellationToken ct) =>
        await db.RegisterChanges.Where(c => c.Register == register).MaxAsync(c => (long?)c.Id, ct) ?? 0;

    /// <summary>Every scope's change count of <paramref name="registers"/>, read in one statement.</summary>
    public static async Task<ILookup<string, RegisterVersion>> VersionsAsync(KechuangDbContext db, IReadOnlyCollection<string> registers, CancellationToken ct) =>
        (await db.RegisterVersions.AsNoTracking().Where(v => registers.Contains(v.Register)).ToListAsync(ct)).ToLookup(v => v.Register);

    /// <summary>How many changes <paramref name="register"/> has had in every region together (one read of a few rows).</summary>
    public static async Task<long> CountAsync(KechuangDbContext db, string register, CancellationToken ct) =>
        await db.RegisterVersions.Where(v => v.Register == register).SumAsync(v => (long?)v.Version, ct) ?? 0;

    /// <summary>
    /// The version of a register's figures for the region whose codes start with <paramref name="prefix"/> and for
    /// <paramref name="year"/> (null: any year): the sum of the counts of every scope that overlaps the region —
    /// changes inside it, and changes whose scope is wider — made in that year or in every year.
    /// </summary>
    public static long VersionFor(IEnumerable<RegisterVersion> versions, string prefix, int? year = null)
    {
        long sum = 0;
        foreach (var v in versions)
        {
            if ((year is null || v.Year == 0 || v.Year == year)
                && (v.Scope.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(v.Scope, StringComparison.Ordinal)))
            {
                sum += v.Version;
            }
        }
        return sum;
    }

    /// <summary>The trigger that counts changes (SQLite; PostgreSQL's is a plpgsql function, see the migration).</summary>
    public const string SqliteTrigger = """
        CREATE TRIGGER IF NOT EXISTS "RegisterChanges_Version" AFTER INSERT ON "RegisterChanges" BEGIN
        INSERT INTO "RegisterVersions" ("Register", "Scope", "Year", "Version") VALUES (NEW."Register", NEW."Scope", NEW."Year", 1)
        ON CONFLICT ("Register", "Scope", "Year") DO UPDATE SET "Version" = "Version" + 1;
        END;
        """;

    /// <summary>
    /// At start on SQLite: a later migration that rebuilds <c>RegisterChanges</c> drops its trigger with the old table;
    /// without it cached figures would never go stale, so it is put back (idempotent).
    /// </summary>
    public static async Task EnsureTriggerAsync(KechuangDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(SqliteTrigger, ct);
        }
    }
}

internal sealed class RegisterChangeConfiguration : IEntityTypeConfiguration<RegisterChange>
{
    public void Configure(EntityTypeBuilder<RegisterChange> builder)
    {
        builder.Property(c => c.Register).HasMaxLength(40);
        builder.Property(c => c.Scope).HasMaxLength(20);
        builder.HasIndex(c => new { c.Register, c.Id });
    }
}

internal sealed class RegisterVersionConfiguration : IEntityTypeConfiguration<RegisterVersion>
{
    public void Configure(EntityTypeBuilder<RegisterVersion> builder)
    {
        builder.HasKey(v => new { v.Register, v.Scope, v.Year });
        builder.Property(v => v.Register).HasMaxLength(40);
        builder.Property(v => v.Scope).HasMaxLength(20);
    }
}

/// <summary>
/// Adds one <see cref="RegisterChange"/> per register touched by a SaveChanges (imports included: they save in
/// batches), scoped to the regions its records count in before and after the change.
/// </summary>
internal sealed class RegisterChangeInterceptor : SaveChangesInterceptor
{
    public static readonly RegisterChangeInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Mark(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var scopes = new SortedDictionary<string, (string? Scope, int Year)>(StringComparer.Ordinal);
        // Entries() detects changes once; the lookups of RegionFed (Local.FindEntry) would otherwise detect them
        // again for every record, which makes a save of n records cost n² (the demo's seed never ended).
        var entries = context.ChangeTracker.Entries().ToList();
        var autoDetect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            Collect(context, entries, scopes);
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        // One row per register, in name order: the counting trigger takes its row locks in the same order everywhere.
        foreach (var (register, (scope, year)) in scopes)
        {
            context.Add(new RegisterChange { Register = register, Scope = scope ?? "", Year = year, At = DateTimeOffset.UtcNow });
        }
    }

    private static void Collect(DbContext context, List<EntityEntry> entries, SortedDictionary<string, (string? Scope, int Year)> scopes)
    {
        foreach (var entry in entries)
        {
            if (entry.Entity is not IFeedsIndicators record || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var scope = record.RegionFed(context);
            var year = record.YearFed;
            if (scopes.TryGetValue(record.Register, out var seen))
            {
                scope = Common(seen.Scope, scope);
                year = seen.Year == year ? year : 0;   // records of different years: every year
            }
            if (entry.State == EntityState.Modified)
            {
                scope = Common(scope, Original(entry).RegionFed(context));   // a record that moved changes both regions
            }
            scopes[record.Register] = (scope, year);
        }
    }

    private static IFeedsIndicators Original(EntityEntry entry) => (IFeedsIndicators)entry.OriginalValues.ToObject();

    /// <summary>The longest prefix of both codes; null (every region) when either is unknown.</summary>
    private static string? Common(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return null;
        }
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        return a[..n];
    }
}
