using Kechuang.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kechuang.Data;

public static class DatabaseSetup
{
    public const string SqliteMigrations = "Kechuang.Migrations.Sqlite";
    public const string PostgresMigrations = "Kechuang.Migrations.Postgres";

    /// <summary>Points EF at the chosen provider and its own migrations project (bitwarden util/*Migrations).</summary>
    public static DbContextOptionsBuilder UseKechuangDatabase(this DbContextOptionsBuilder options, DatabaseTarget target)
    {
        options.AddInterceptors(VersioningInterceptor.Instance, Indicators.Derived.RegisterChangeInterceptor.Instance);
        switch (target.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(target.ConnectionString, o => o.MigrationsAssembly(SqliteMigrations));
                options.AddInterceptors(SqlitePragmas.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(target.ConnectionString, o => o.MigrationsAssembly(PostgresMigrations));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }
        return options;
    }

    /// <summary>Options for a context made outside dependency injection: command line and tests.</summary>
    public static DbContextOptions<KechuangDbContext> Options(DatabaseTarget target, ICurrentUser user, TimeProvider clock)
    {
        var builder = new DbContextOptionsBuilder<KechuangDbContext>();
        builder.UseKechuangDatabase(target).AddInterceptors(new AuditInterceptor(user, clock));
        return builder.Options;
    }
}

/// <summary>WAL lets readers work during a write; foreign keys and a busy timeout on every connection.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(System.Data.Common.DbConnection connection)
    {
        // EF opens a read-only connection just to see whether the file exists; pragmas there would fail.
        if (connection is SqliteConnection sqlite && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode != SqliteOpenMode.ReadOnly)
        {
            using var command = sqlite.CreateCommand();
            // A 64 MB page cache and memory-mapped reads: region-wide views read hundreds of thousands of rows.
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL; "
                + "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY;";
            command.ExecuteNonQuery();
        }
    }
}
