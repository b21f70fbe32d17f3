using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Kechuang.Contracts.Import;

/// <summary>
/// The temporary table an import streams its good rows into, inside the import's transaction: PostgreSQL binary
/// COPY, or one prepared INSERT on SQLite. The set-based checks and the upsert then work on it (<see cref="ImportContracts"/>).
/// </summary>
internal abstract class ContractStage : IAsyncDisposable
{
    public const string Table = "contract_stage";

    protected const string Columns = """
        "Row", "Id", "RegistrationNo", "Name", "Type", "SellerName", "SellerUscc", "SellerRegionCode", "BuyerName", "BuyerUscc",
        "BuyerRegionCode", "SignedOn", "ReceivedOn", "DecidedOn", "RegisteredPeriod", "Status", "Turnover", "TechTransaction"
        """;

    public static async Task<ContractStage> CreateAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        ContractStage stage = connection is NpgsqlConnection pg ? new PostgresStage(pg, transaction) : new SqliteStage((SqliteConnection)connection, transaction);
        await stage.StartAsync(ct);
        return stage;
    }

    protected abstract Task StartAsync(CancellationToken ct);

    public abstract ValueTask AddAsync(StagedContract row, CancellationToken ct);

    /// <summary>Ends the bulk write; the table is then ready for queries.</summary>
    public abstract Task CompleteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    protected static (string Status, DateOnly? Decided, int? Period) Decision(StagedContract row) =>
        row.RegisteredOn is { } on ? (ContractStatus.Registered, on, TechContract.Period(on)) : (ContractStatus.Received, null, null);

    private sealed class PostgresStage(NpgsqlConnection connection, DbTransaction transaction) : ContractStage
    {
        private NpgsqlBinaryImporter? _writer;

        protected override async Task StartAsync(CancellationToken ct)
        {
            await ContractRollup.ExecuteAsync(connection, transaction, $"""
                CREATE TEMP TABLE {Table} ("Row" integer NOT NULL, "Id" uuid NOT NULL, "RegistrationNo" varchar(40), "Name" varchar(200) NOT NULL,
                  "Type" varchar(30) NOT NULL, "SellerName" varchar(200) NOT NULL, "SellerUscc" varchar(18) NOT NULL, "SellerRegionCode" varchar(12) NOT NULL,
                  "BuyerName" varchar(200) NOT NULL, "BuyerUscc" varchar(18), "BuyerRegionCode" varchar(12), "SignedOn" date NOT NULL, "ReceivedOn" date NOT NULL,
                  "DecidedOn" date, "RegisteredPeriod" integer, "Status" varchar(12) NOT NULL, "Turnover" numeric(18,2) NOT NULL, "TechTransaction" numeric(18,2) NOT NULL)
                  ON COMMIT DROP
                """, ct);
            _writer = await connection.BeginBinaryImportAsync($"COPY {Table} ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        }

        public override async ValueTask AddAsync(StagedContract row, CancellationToken ct)
        {
            var r = row.Request;
            var (status, decided, period) = Decision(row);
            var w = _writer!;
            await w.StartRowAsync(ct);
            await w.WriteAsync(row.Row, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
            await Text(w, row.RegistrationNo, ct);
            await w.WriteAsync(r.Name!.Trim(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.Type!, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.SellerName!.Trim(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.SellerUscc!.Trim().ToUpperInvariant(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.SellerRegionCode!.Trim(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.BuyerName!.Trim(), NpgsqlDbType.Varchar, ct);
            await Text(w, r.BuyerUscc?.Trim().ToUpperInvariant(), ct);
            await Text(w, r.BuyerRegionCode?.Trim(), ct);
            await w.WriteAsync(r.SignedOn!.Value, NpgsqlDbType.Date, ct);
            await w.WriteAsync(r.ReceivedOn!.Value, NpgsqlDbType.Date, ct);
            if (decided is { } d)
            {
                await w.WriteAsync(d, NpgsqlDbType.Date, ct);
                await w.WriteAsync(period!.Value, NpgsqlDbType.Integer, ct);
            }
            else
            {
                await w.WriteNullAsync(ct);
                await w.WriteNullAsync(ct);
            }
            await w.WriteAsync(status, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.Turnover!.Value, NpgsqlDbType.Numeric, ct);
            await w.WriteAsync(r.TechTransaction!.Value, NpgsqlDbType.Numeric, ct);
        }

        private static Task Text(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
            value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Varchar, ct);

        public override async Task CompleteAsync(CancellationToken ct)
        {
            await _writer!.CompleteAsync(ct);
            await _writer.DisposeAsync();
            _writer = null;
        }

        public override async ValueTask DisposeAsync()
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync();
            }
        }
    }

    /// <summary>SQLite stores dates as text, money as integer fen (ADR 0006) and Guids as upper-case text, as EF does.</summary>
    private sealed class SqliteStage(SqliteConnection connection, DbTransaction transaction) : ContractStage
    {
        private SqliteCommand? _insert;
        private SqliteParameter[] _p = [];

        protected override async Task StartAsync(CancellationToken ct)
        {
            await ContractRollup.ExecuteAsync(connection, transaction, $"""
                CREATE TEMP TABLE {Table} ("Row" INTEGER NOT NULL, "Id" TEXT NOT NULL, "RegistrationNo" TEXT, "Name" TEXT NOT NULL, "Type" TEXT NOT NULL,
                  "SellerName" TEXT NOT NULL, "SellerUscc" TEXT NOT NULL, "SellerRegionCode" TEXT NOT NULL, "BuyerName" TEXT NOT NULL, "BuyerUscc" TEXT,
                  "BuyerRegionCode" TEXT, "SignedOn" TEXT NOT NULL, "ReceivedOn" TEXT NOT NULL, "DecidedOn" TEXT, "RegisteredPeriod" INTEGER,
                  "Status" TEXT NOT NULL, "Turnover" INTEGER NOT NULL, "TechTransaction" INTEGER NOT NULL)
                """, ct);
            _insert = connection.CreateCommand();
            _insert.Transaction = (SqliteTransaction)transaction;
            _insert.CommandText = $"INSERT INTO {Table} ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(1, 18).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)))})";
            // Untyped parameters: each value binds as what it is (text, integer), as the column affinity expects.
            _p = Enumerable.Range(1, 18).Select(i => _insert.Parameters.Add(new SqliteParameter { ParameterName = "$" + i.ToString(CultureInfo.InvariantCulture) })).ToArray();
            _insert.Prepare();
        }

        public override ValueTask AddAsync(StagedContract row, CancellationToken ct)
        {
            var r = row.Request;
            var (status, decided, period) = Decision(row);
            _p[0].Value = row.Row;
            _p[1].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            _p[2].Value = (object?)row.RegistrationNo ?? DBNull.Value;
            _p[3].Value = r.Name!.Trim();
            _p[4].Value = r.Type!;
            _p[5].Value = r.SellerName!.Trim();
            _p[6].Value = r.SellerUscc!.Trim().ToUpperInvariant();
            _p[7].Value = r.SellerRegionCode!.Trim();
            _p[8].Value = r.BuyerName!.Trim();
            _p[9].Value = (object?)r.BuyerUscc?.Trim().ToUpperInvariant() ?? DBNull.Value;
            _p[10].Value = (object?)r.BuyerRegionCode?.Trim() ?? DBNull.Value;
            _p[11].Value = Date(r.SignedOn!.Value);
            _p[12].Value = Date(r.ReceivedOn!.Value);
            _p[13].Value = decided is { } d ? Date(d) : DBNull.Value;
            _p[14].Value = (object?)period ?? DBNull.Value;
            _p[15].Value = status;
            _p[16].Value = Fen(r.Turnover!.Value);
            _p[17].Value = Fen(r.TechTransaction!.Value);
            // Synchronous on purpose: Microsoft.Data.Sqlite's async methods run synchronously and only add overhead per row.
            _insert!.ExecuteNonQuery();
            return ValueTask.CompletedTask;
        }

        private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static long Fen(decimal yuan) => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero);

        public override Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;

        public override ValueTask DisposeAsync()
        {
            _insert?.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
