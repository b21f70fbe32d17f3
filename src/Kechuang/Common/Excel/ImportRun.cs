using Kechuang.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kechuang.Common.Excel;

internal enum RowOutcome
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>An import's work around its writes, inside its transaction: e.g. indexes dropped before and built after (<see cref="BulkIndexes"/>).</summary>
internal interface IBulkWrite
{
    Task BeforeWritesAsync(CancellationToken ct);

    Task AfterWritesAsync(CancellationToken ct);
}

/// <summary>
/// The part every import shares once its rows are checked: the all-or-nothing rule, then one transaction saved in
/// batches, so 100,000 rows stay within memory and a killed process leaves nothing half-imported.
/// </summary>
internal static class ImportRun
{
    public const int BatchSize = 1000;

    /// <summary><paramref name="stage"/> adds or attaches one good row's record to the context and says what it does.</summary>
    public static async Task<ImportReport> FinishAsync<T>(
        KechuangDbContext db,
        ExcelSheet sheet,
        IReadOnlyList<ImportError> errors,
        IReadOnlyList<T> good,
        ImportOptions options,
        Func<T, RowOutcome> stage,
        IProgress<ImportProgress>? progress,
        CancellationToken ct,
        IBulkWrite? bulk = null)
    {
        var sorted = errors.OrderBy(e => e.Row).ToList();
        var badRows = sorted.Select(e => e.Row).Distinct().Count();
        if (badRows > 0 && !options.KeepGoodRows)
        {
            return new ImportReport(sheet.Rows.Count, 0, 0, 0, sheet.Rows.Count, options.DryRun, Written: false, sorted);
        }
        var counts = new int[3];
        await using var transaction = options.DryRun ? null : await db.Database.BeginTransactionAsync(ct);
        if (transaction is not null && bulk is not null)
        {
            await bulk.BeforeWritesAsync(ct);
        }
        for (var i = 0; i < good.Count; i++)
        {
            counts[(int)stage(good[i])]++;
            if ((i + 1) % BatchSize == 0 || i == good.Count - 1)
            {
                if (!options.DryRun)
                {
                    // New rows through BulkInsert (SQLite: a prepared INSERT; PostgreSQL: COPY), with their audit rows; changed ones through SaveChanges (ADR 0023).
                    await BulkInsert.WriteAddedAsync(db, ct);
                    await db.SaveChangesAsync(ct);
                }
                db.ChangeTracker.Clear();
                progress?.Report(new ImportProgress(ImportStage.Writing, i + 1, good.Count));
            }
        }
        if (transaction is not null)
        {
            if (bulk is not null)
            {
                await bulk.AfterWritesAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        return new ImportReport(
            sheet.Rows.Count, counts[(int)RowOutcome.Created], counts[(int)RowOutcome.Updated], counts[(int)RowOutcome.Unchanged],
            badRows, options.DryRun, Written: !options.DryRun, sorted);
    }

    /// <summary>Updated when applying the row changed a stored value (then <paramref name="touch"/> stamps it), else unchanged.</summary>
    public static RowOutcome Compare(EntityEntry entry, Action touch)
    {
        entry.DetectChanges();
        if (entry.State != EntityState.Modified)
        {
            return RowOutcome.Unchanged;
        }
        touch();
        return RowOutcome.Updated;
    }

    /// <summary>Reports checking progress every thousand rows.</summary>
    public static void Checked(IProgress<ImportProgress>? progress, int done, int total)
    {
        if (done % BatchSize == 0 || done == total)
        {
            progress?.Report(new ImportProgress(ImportStage.Checking, done, total));
        }
    }
}
