using System.Data.Common;
using System.Threading.Channels;
using Kechuang.Audit;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Excel;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kechuang.Contracts.Import;

/// <summary>
/// Bulk import of contracts from CSV or .xlsx (issue 5): every row checked as the form checks it, then upserted by
/// registration number with the rollup recomputed for the months touched — all in one transaction, so a bad row
/// (by default), a dry run, a crash or a kill leaves the database as it was. The file is streamed: rows go to a
/// temporary table as they are read, and duplicates and conflicts are found there by SQL, so memory does not grow
/// with the file.
/// </summary>
public sealed class ImportContracts(KechuangDbContext db, TimeProvider clock, ICurrentUser user)
{
    public const int MaxListedErrors = 1000;
    private const string Affected = "contract_affected";
    private const string Matched = "contract_matched";

    public async Task<ContractImportReport> HandleAsync(Caller caller, Stream file, ImportOptions options,
        IProgress<ContractImportProgress>? progress = null, CancellationToken ct = default)
    {
        ContractAccess.RequireWriter(caller);
        var today = clock.TodayInChina();
        var regions = await RegionLookup.AllAsync(db, ct);
        using var contracts = ContractFile.Open(file);
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (sqlite)
            {
                // The staging table goes to a temporary file with a bounded cache, not memory: a million rows would
                // otherwise stay in RAM (bench/: +100 MB at 100,000 rows, the same at 1,000,000).
                await ContractRollup.ExecuteAsync(connection, null, "PRAGMA temp_store=FILE; PRAGMA temp.cache_size=-65536", ct);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tx = transaction.GetDbTransaction();
            var errors = new List<ImportError>();
            var badRows = 0;
            var rows = 0;
            var parser = new ContractRowParser(regions, today, caller);
            await using (var stage = await ContractStage.CreateAsync(connection, tx, ct))
            {
                // Reading and checking on this thread, writing on another: the two overlap instead of taking turns
                // (bench/). The bounded channel keeps memory flat; a failed write closes it, which stops the reader.
                var channel = Channel.CreateBounded<StagedContract>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });
                var writer = Task.Run(async () =>
                {
                    try
                    {
                        await foreach (var good in channel.Reader.ReadAllAsync(ct))
                        {
                            await stage.AddAsync(good, ct);
                        }
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
                    await writer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                    throw;
                }
                await writer;
                await stage.CompleteAsync(ct);
            }
            if (rows == 0)
            {
                throw new ValidationFailedException("file", "文件只有列名，没有数据行");
            }
            progress?.Report(new ContractImportProgress(ContractImportStage.Writing, rows, 0));

            badRows += await SetChecksAsync(connection, tx, caller, errors, options.KeepGoodRows, ct);
            errors.Sort((a, b) => a.Row.CompareTo(b.Row));
            var listed = errors.Take(MaxListedErrors).ToList();
            if (badRows > 0 && !options.KeepGoodRows)
            {
                await transaction.RollbackAsync(ct);
                return new ContractImportReport(rows, 0, 0, 0, badRows, options.DryRun, false, listed, errors.Count > MaxListedErrors);
            }

            var (created, updated, unchanged) = await UpsertAsync(connection, tx, sqlite, ct);
            progress?.Report(new ContractImportProgress(ContractImportStage.Statistics, rows, 80));
            await ContractRollup.RecomputeAsync(connection, tx, Affected, ct);
            await ContractRollup.ExecuteAsync(connection, tx, $"DROP TABLE {ContractStage.Table}; DROP TABLE {Matched}; DROP TABLE {Affected}", ct);
            if (options.DryRun)
            {
                await transaction.RollbackAsync(ct);
            }
            else
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    At = clock.GetUtcNow(), UserId = user.UserId, UserName = user.UserName, UserRegion = user.RegionCode,
                    EntityType = nameof(TechContract), EntityId = "import", Action = "imported",
                    After = $"{{\"rows\":{rows},\"created\":{created},\"updated\":{updated},\"unchanged\":{unchanged},\"skipped\":{badRows}}}",
                });
                // The bulk path bypasses EF's change tracking: mark the register changed for cached indicator figures.
                db.Add(new Indicators.Derived.RegisterChange { Register = ContractIndicatorCalculator.RegisterName, At = clock.GetUtcNow() });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            progress?.Report(new ContractImportProgress(ContractImportStage.Statistics, rows, 100));
            return new ContractImportReport(rows, created, updated, unchanged, badRows, options.DryRun, !options.DryRun, listed, errors.Count > MaxListedErrors);
        }
        finally
        {
            if (sqlite)
            {
                await ContractRollup.ExecuteAsync(connection, null, "PRAGMA temp_store=MEMORY", CancellationToken.None);
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

    /// <summary>
    /// Checks that need every row: a registration number twice in the file, and one already registered by a
    /// region the caller cannot write. Returns how many more rows are bad; with <paramref name="dropBad"/> removes them.
    /// </summary>
    private static async Task<int> SetChecksAsync(DbConnection connection, DbTransaction tx, Caller caller, List<ImportError> errors, bool dropBad, CancellationToken ct)
    {
        var number = ContractColumns.Header("registrationNo");
        var bad = new List<int>();
        await using (var duplicates = Command(connection, tx, $"""
            SELECT s."Row", s."RegistrationNo", f."First" FROM {ContractStage.Table} s
            JOIN (SELECT "RegistrationNo", MIN("Row") AS "First" FROM {ContractStage.Table} WHERE "RegistrationNo" IS NOT NULL
                  GROUP BY "RegistrationNo" HAVING COUNT(*) > 1) f ON f."RegistrationNo" = s."RegistrationNo"
            WHERE s."Row" > f."First"
            """))
        await using (var reader = await duplicates.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var row = reader.GetInt32(0);
                bad.Add(row);
                Keep(errors, [new ImportError(row, number, reader.GetString(1), $"与第 {reader.GetInt32(2)} 行的登记编号重复")]);
            }
        }
        await ContractRollup.ExecuteAsync(connection, tx, $"""
            CREATE TEMP TABLE {Matched} AS
            SELECT s."Row", c."SellerRegionCode", c."RegisteredPeriod" FROM {ContractStage.Table} s
            JOIN "TechContracts" c ON c."RegistrationNo" = s."RegistrationNo"
            """, ct);
        if (caller.Region.Level != Regions.RegionLevel.Country)
        {
            var prefix = caller.Region.ScopePrefix;
            await using var foreign = Command(connection, tx, $"""
                SELECT m."Row", s."RegistrationNo" FROM {Matched} m JOIN {ContractStage.Table} s ON s."Row" = m."Row"
                WHERE substr(m."SellerRegionCode", 1, {prefix.Length}) <> '{prefix}'
                """);
            await using var reader = await foreign.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = reader.GetInt32(0);
                bad.Add(row);
                Keep(errors, [new ImportError(row, number, reader.GetString(1), "该登记编号的合同由其他辖区登记，当前账号不能修改")]);
            }
        }
        if (dropBad && bad.Count > 0)
        {
            foreach (var chunk in bad.Distinct().Chunk(500))
            {
                var list = string.Join(",", chunk);
                await ContractRollup.ExecuteAsync(connection, tx, $"DELETE FROM {ContractStage.Table} WHERE \"Row\" IN ({list}); DELETE FROM {Matched} WHERE \"Row\" IN ({list})", ct);
            }
        }
        return bad.Distinct().Count();
    }

    /// <summary>Writes the staged rows: updates of registered contracts (which keep their ids), inserts of the others.</summary>
    private async Task<(int Created, int Updated, int Unchanged)> UpsertAsync(DbConnection connection, DbTransaction tx, bool sqlite, CancellationToken ct)
    {
        var matched = Convert.ToInt32(await Scalar(connection, tx, $"SELECT COUNT(*) FROM {Matched}", ct), System.Globalization.CultureInfo.InvariantCulture);
        var total = Convert.ToInt32(await Scalar(connection, tx, $"SELECT COUNT(*) FROM {ContractStage.Table}", ct), System.Globalization.CultureInfo.InvariantCulture);
        // The months whose rollup changes: where the rows land, and where the contracts they update were counted.
        await ContractRollup.ExecuteAsync(connection, tx, $"""
            CREATE TEMP TABLE {Affected} AS
            SELECT DISTINCT "SellerRegionCode" AS "RegionCode", "RegisteredPeriod" AS "Period" FROM {ContractStage.Table} WHERE "RegisteredPeriod" IS NOT NULL
            UNION
            SELECT "SellerRegionCode", "RegisteredPeriod" FROM {Matched} WHERE "RegisteredPeriod" IS NOT NULL
            """, ct);
        var fields = new[]
        {
            "Name", "Type", "SellerName", "SellerUscc", "SellerRegionCode", "BuyerName", "BuyerUscc", "BuyerRegionCode", "SignedOn",
            "ReceivedOn", "DecidedOn", "RegisteredPeriod", "Status", "Turnover", "TechTransaction",
        };
        var list = string.Join(", ", fields.Select(f => $"\"{f}\""));
        var now = clock.GetUtcNow();
        object stamp = sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(now)! : now;
        // No INSERT … ON CONFLICT: its per-row speculative insertion cost PostgreSQL 25 µs a row (bench/). The rows that
        // match a registered contract are known (the matched table), so they are an UPDATE — rewriting only rows whose
        // values differ, so its count tells updated from unchanged — and the rest one plain INSERT.
        var updated = 0;
        if (matched > 0)
        {
            var differs = $"""({string.Join(", ", fields.Select(f => $"c.\"{f}\""))}) {(sqlite ? "IS NOT" : "IS DISTINCT FROM")} ({string.Join(", ", fields.Select(f => $"s.\"{f}\""))})""";
            var set = string.Join(", ", fields.Select(f => $"\"{f}\" = s.\"{f}\""));
            await using var update = Command(connection, tx, $"""
                UPDATE "TechContracts" AS c SET {set}, "UpdatedAt" = @now, "Version" = c."Version" + 1
                FROM {ContractStage.Table} s WHERE s."RegistrationNo" = c."RegistrationNo" AND {differs}
                """);
            Parameter(update, "now", stamp);
            updated = await update.ExecuteNonQueryAsync(ct);
        }
        await using var insert = Command(connection, tx, $"""
            INSERT INTO "TechContracts" ("Id", "RegistrationNo", {list}, "CreatedAt", "UpdatedAt", "Version")
            SELECT "Id", "RegistrationNo", {list}, @now, @now, 0 FROM {ContractStage.Table}
            {(matched > 0 ? $"WHERE \"Row\" NOT IN (SELECT \"Row\" FROM {Matched})" : "")}
            """);
        Parameter(insert, "now", stamp);
        await insert.ExecuteNonQueryAsync(ct);
        return (total - matched, updated, matched - updated);
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    private static async Task<object?> Scalar(DbConnection connection, DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, tx, sql);
        return await command.ExecuteScalarAsync(ct);
    }
}
