using System.Data.Common;

namespace Kechuang.Contracts.Import;

/// <summary>A registered contract that a row's 登记编号 matches, and the row of this import that met it first, if any.</summary>
internal sealed record MatchedContract(Guid Id, string SellerRegionCode, string Status, int? Period, string Type, decimal Turnover, decimal TechTransaction, int? SeenRow);

/// <summary>One (county, month, type) of the rollup <see cref="ContractMonthStat"/>.</summary>
internal readonly record struct RollupKey(string RegionCode, int Period, string Type);

/// <summary>What an import adds to one rollup row: negative for the contracts it moves away.</summary>
internal record struct RollupDelta(int Count, decimal Turnover, decimal TechTransaction);

/// <summary>
/// The import's writes, straight into the register inside the import's transaction (<see cref="ContractUpsert"/>
/// decides which): PostgreSQL binary COPY per batch, or prepared statements on SQLite.
/// </summary>
internal abstract class ContractWriter : IAsyncDisposable
{
    /// <summary>Pre-existing contracts this import has met, so a later row with the same number is a duplicate.</summary>
    protected const string Seen = "contract_seen";

    protected static readonly string[] Fields =
    [
        "Name", "Type", "SellerName", "SellerUscc", "SellerRegionCode", "BuyerName", "BuyerUscc", "BuyerRegionCode", "SignedOn",
        "ReceivedOn", "DecidedOn", "RegisteredPeriod", "Status", "Turnover", "TechTransaction",
    ];

    /// <summary>Fewer rows than this are written with the register's secondary indexes in place.</summary>
    public const int RebuildFrom = 10_000;

    /// <summary>A CSV row of the register is 180–230 bytes (an .xlsx row, compressed, fewer): the estimate errs towards more rows.</summary>
    private const int BytesPerRow = 200;

    /// <summary>
    /// The rows a file of this size may hold, when enough to rebuild the secondary indexes rather than keep them:
    /// a sorted build is cheaper than that many random inserts into each (bench/, 1M rows), but it reads the whole
    /// table, so it only pays while the file is at least the size of the register — the caller checks that bound.
    /// </summary>
    protected static long? RowsToRebuildFor(long fileBytes) => fileBytes / BytesPerRow is var rows && rows >= RebuildFrom ? rows : null;

    protected static string Quoted(IEnumerable<string> names, string prefix = "") => string.Join(", ", names.Select(f => $"{prefix}\"{f}\""));

    /// <summary>The writer for the connection's database; <paramref name="fileBytes"/> lets the writer choose between inline and rebuilt indexes.</summary>
    public static async Task<ContractWriter> CreateAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, long fileBytes, CancellationToken ct)
    {
        ContractWriter writer = connection is Npgsql.NpgsqlConnection pg
            ? new PostgresContractWriter(pg, transaction, now, fileBytes)
            : new SqliteContractWriter((Microsoft.Data.Sqlite.SqliteConnection)connection, transaction, now, fileBytes);
        await writer.StartAsync(ct);
        return writer;
    }

    protected abstract Task StartAsync(CancellationToken ct);

    /// <summary>The contracts that already have these numbers.</summary>
    public abstract Task<Dictionary<string, MatchedContract>> FindAsync(IReadOnlyCollection<string> numbers, CancellationToken ct);

    /// <summary>
    /// Inserts, in order, the rows without a number or whose number is not yet in the register (so of two rows with a
    /// new number only the first); says which were inserted.
    /// </summary>
    public abstract Task<bool[]> InsertNewAsync(IReadOnlyList<(Guid Id, StagedContract Row)> rows, CancellationToken ct);

    /// <summary>Rewrites the matched contracts whose values differ; returns how many did.</summary>
    public abstract Task<int> UpdateAsync(IReadOnlyList<(Guid Id, StagedContract Row)> rows, CancellationToken ct);

    /// <summary>Remembers the row that met each pre-existing number first.</summary>
    public abstract Task SeenAsync(IReadOnlyList<(string Number, int Row)> seen, CancellationToken ct);

    /// <summary>Adds the deltas to the rollup (an atomic upsert, as a registration does), drops rows left at zero and the temporary table.</summary>
    public abstract Task FinishAsync(IReadOnlyCollection<KeyValuePair<RollupKey, RollupDelta>> deltas, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
