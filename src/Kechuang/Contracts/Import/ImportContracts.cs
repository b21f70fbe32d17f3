using System.Threading.Channels;
using Kechuang.Audit;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kechuang.Contracts.Import;

/// <summary>
/// Bulk import of contracts from CSV or .xlsx (docs/contracts.md, ADR 0010): every row checked as the form checks it, then upserted by
/// registration number with the rollup changed by what was written — all in one transaction, so a bad row (by
/// default), a dry run, a crash or a kill leaves the database as it was. The file is streamed: good rows go straight
/// into the register a batch at a time, and duplicates and conflicts are found through the register's unique index
/// (<see cref="ContractUpsert"/>), so memory does not grow with the file.
/// </summary>
public sealed class ImportContracts(KechuangDbContext db, TimeProvider clock, ICurrentUser user, UploadLimits limits)
{
    public const int MaxListedErrors = 1000;

    public async Task<ImportReport> HandleAsync(Caller caller, Stream file, ImportOptions options,
        IProgress<ContractImportProgress>? progress = null, CancellationToken ct = default)
    {
        ContractAccess.RequireWriter(caller);
        var today = clock.TodayInChina();
        var regions = await RegionLookup.AllAsync(db, ct);
        using var contracts = ContractFile.Open(file, limits.Contracts);
        var fileBytes = file.Length;
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (sqlite)
            {
                // The table of pre-existing numbers met (a re-import: one row per contract) goes to a temporary file with a
                // bounded cache, not memory, so memory stays flat whatever the file.
                await RawSql.ExecuteAsync(connection, null, "PRAGMA temp_store=FILE; PRAGMA temp.cache_size=-65536", ct);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tx = transaction.GetDbTransaction();
            var errors = new List<ImportError>();
            var badRows = 0;
            var rows = 0;
            var parser = new ContractRowParser(regions, today, caller);
            var now = clock.GetUtcNow();
            ContractUpsert upsert;
            await using (var writer = await ContractWriter.CreateAsync(connection, tx, now, fileBytes, ct))
            {
                upsert = new ContractUpsert(writer, caller, (usccs, token) => Enterprises.EnterpriseReference.RegionsAsync(db, usccs, token));
                // Reading and checking on this thread, writing on another: the two overlap instead of taking turns
                // (bench/). The bounded channel keeps memory flat; a failed write closes it, which stops the reader.
                var channel = Channel.CreateBounded<StagedContract>(new BoundedChannelOptions(ContractUpsert.BatchSize) { SingleReader = true, SingleWriter = true });
                var writing = Task.Run(async () =>
                {
                    try
                    {
                        await foreach (var good in channel.Reader.ReadAllAsync(ct))
                        {
                            await upsert.AddAsync(good, ct);
                        }
                        await upsert.FlushAsync(ct);
                    }
                    catch (Exception e) when (UniqueViolation.Is(e))
                    {
                        // A desk (on this or another node) registered a number of the file after this import looked it up:
                        // the whole import rolls back, and a second run treats that number as already registered.
                        var conflict = new ConflictException("导入期间，文件中的登记编号被另一处同时登记，本次导入已全部撤销、未写入任何数据；请重新导入");
                        channel.Writer.TryComplete(conflict);
                        throw conflict;
                    }
                    catch (Exception e)
                    {
                        channel.Writer.TryComplete(e);
                        throw;
                    }
                }, ct);
                try
                {
                    var rowErrors = new List<ImportError>();
                    foreach (var row in contracts.Rows())
                    {
                        ct.ThrowIfCancellationRequested();
                        rows++;
                        rowErrors.Clear();
                        if (parser.Parse(row, rowErrors) is { } good)
                        {
                            await channel.Writer.WriteAsync(good, ct);
                        }
                        else
                        {
                            badRows++;
                            Keep(errors, rowErrors);
                        }
                        if (rows % 5000 == 0)
                        {
                            progress?.Report(new ContractImportProgress(ContractImportStage.Checking, rows, (int)(contracts.Fraction * 100)));
                        }
                    }
                    channel.Writer.TryComplete();
                }
                catch (ChannelClosedException)
                {
                    // The writer failed; awaiting it below rethrows its error.
                }
                catch
                {
                    channel.Writer.TryComplete();
                    await writing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                    throw;
                }
                await writing;
                if (rows == 0)
                {
                    throw new ValidationFailedException("file", "文件只有列名，没有数据行");
                }
                progress?.Report(new ContractImportProgress(ContractImportStage.Writing, rows, 0));
                badRows += upsert.BadRows;
                // Each list holds the first errors of its kind in row order, so the first listed of both together are the first overall.
                errors.AddRange(upsert.Errors);
                errors.Sort((a, b) => a.Row.CompareTo(b.Row));
                if (badRows > 0 && !options.KeepGoodRows)
                {
                    await transaction.RollbackAsync(ct);
                    return new ImportReport(rows, 0, 0, 0, Skipped: rows, options.DryRun, Written: false, errors.Take(MaxListedErrors).ToList())
                    {
                        BadRows = badRows, ErrorsTruncated = errors.Count > MaxListedErrors,
                    };
                }
                progress?.Report(new ContractImportProgress(ContractImportStage.Statistics, rows, 80));
                await upsert.FinishAsync(ct);
            }
            var listed = errors.Take(MaxListedErrors).ToList();
            var (created, updated, unchanged) = (upsert.Created, upsert.Updated, upsert.Unchanged);
            if (options.DryRun)
            {
                await transaction.RollbackAsync(ct);
            }
            else
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    At = clock.GetUtcNow(), UserId = user.UserId, UserName = user.UserName, UserRegion = user.RegionCode, ClientAddress = user.ClientAddress,
                    EntityType = nameof(TechContract), EntityId = "import", Action = "imported",
                    After = $"{{\"rows\":{rows},\"created\":{created},\"updated\":{updated},\"unchanged\":{unchanged},\"skipped\":{badRows}}}",
                });
                // The bulk path bypasses EF's change tracking: mark the register changed for cached indicator figures.
                Indicators.Derived.RegisterChanges.Mark(db, ContractIndicatorCalculator.RegisterName, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            progress?.Report(new ContractImportProgress(ContractImportStage.Statistics, rows, 100));
            return new ImportReport(rows, created, updated, unchanged, Skipped: badRows, options.DryRun, Written: !options.DryRun, listed)
            {
                BadRows = badRows, ErrorsTruncated = errors.Count > MaxListedErrors,
            };
        }
        finally
        {
            if (sqlite)
            {
                await RawSql.ExecuteAsync(connection, null, "PRAGMA temp_store=MEMORY", CancellationToken.None);
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Keep(List<ImportError> errors, List<ImportError> rowErrors)
    {
        // Beyond the listed ones only the count matters; keeping a million messages would defeat streaming.
        if (errors.Count <= MaxListedErrors)
        {
            errors.AddRange(rowErrors);
        }
    }
}
