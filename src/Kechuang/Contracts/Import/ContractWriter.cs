using System.Data.Common;
using Kechuang.Data;

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

    /// <summary>A CSV row of the register is 180–230 bytes (an .xlsx row, compressed, fewer): the estimate errs towards more rows.</summary>
    private const int BytesPerRow = 200;

    /// <summary>
    /// A large file into a register no larger than it: the secondary indexes are dropped and built again before the
    /// commit (<see cref="BulkIndexes"/>). The unique index on 登记编号 stays: the upsert looks numbers up through it.
    /// </summary>
    protected static Task<BulkIndexes> DropIndexesForAsync(DbConnection connection, DbTransaction transaction, long fileBytes, CancellationToken ct) =>
        BulkIndexes.DropForAsync(connection, transaction, "TechContracts", fileBytes / BytesPerRow, ct);

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
