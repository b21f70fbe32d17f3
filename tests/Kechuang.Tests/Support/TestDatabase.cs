using Kechuang.Audit;
using Kechuang.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Kechuang.Tests.Support;

/// <summary>
/// A real, empty, initialised database for one test class: a temporary SQLite file, or a fresh database on the
/// PostgreSQL server named by KECHUANG_TEST_PG (./scripts/test.sh starts one). Never EF InMemory.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public const string AdminPassword = "Admin-Test-2026";

    public abstract DatabaseTarget Target { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero));
    public ServiceProvider Services { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Target);
        services.AddScoped<TestUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestUser>());
        services.AddKechuangCore();
        Services = services.BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InitializeDatabase>().HandleAsync(AdminPassword);
    }

    /// <summary>A scope acting as <paramref name="user"/> (for the audit trail).</summary>
    public AsyncServiceScope Scope(string user = "tester", string? region = null)
    {
        var scope = Services.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<TestUser>();
        current.UserName = user;
        current.RegionCode = region;
        return scope;
    }

    /// <summary>Runs one use case in a scope of its own, as a request would.</summary>
    public async Task<T> RunAsync<THandler, T>(Func<THandler, Task<T>> action)
        where THandler : notnull
    {
        await using var scope = Scope();
        return await action(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    public virtual async Task DisposeAsync() => await Services.DisposeAsync();

    public static string PostgresServer => Environment.GetEnvironmentVariable("KECHUANG_TEST_PG")
        ?? throw new InvalidOperationException("PostgreSQL tests need KECHUANG_TEST_PG (a server connection string); ./scripts/test.sh sets it.");
}

public sealed class TestUser : ICurrentUser
{
    public string? UserId { get; set; }
    public string UserName { get; set; } = "tester";
    public string? RegionCode { get; set; }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"kechuang-test-{Guid.NewGuid():N}.db");

    public override DatabaseTarget Target => DatabaseTarget.Parse(_file);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _name = $"kc_test_{Guid.NewGuid():N}";

    public override DatabaseTarget Target => DatabaseTarget.Parse(
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _name }.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}
