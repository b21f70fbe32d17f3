using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kechuang.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Kechuang.Web.Tests.Support;

/// <summary>The whole web application on a real database of its own, started once per test class.</summary>
public abstract class ApiFixture : IAsyncLifetime
{
    public const string AdminPassword = "Admin-Test-2026";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    protected abstract string Database { get; }

    /// <summary>Where the file senders of this fixture write.</summary>
    public string OutboxDirectory { get; } = Path.Combine(Path.GetTempPath(), $"kechuang-outbox-{Guid.NewGuid():N}");

    public Task InitializeAsync()
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting(WebHost.DatabaseKey, Database);
            builder.UseSetting(WebHost.AdminPasswordKey, AdminPassword);
            // Tests pose as several client addresses through X-Forwarded-For (login throttling counts per address).
            builder.UseSetting(WebHost.BehindProxyKey, "true");
            // No outbox timer: tests run ProcessOutbox themselves, at the fake clock's time.
            builder.UseSetting("Kechuang:Outbox:IntervalSeconds", "0");
            builder.UseSetting("Kechuang:Outbox:Directory", OutboxDirectory);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        _ = Factory.Server; // start now: migrations and regions load once for the class
        return Task.CompletedTask;
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An anonymous client calling from <paramref name="address"/> (X-Forwarded-For, trusted in tests).</summary>
    public HttpClient From(string address)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    public async Task<string> TokenAsync(string userName, string password)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
    }

    public async Task<HttpClient> As(string userName, string password = "Passw0rd-1")
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName, password));
        return client;
    }

    public Task<HttpClient> AsAdmin() => As("admin", AdminPassword);

    /// <summary>Creates a user through the API as the national admin; returns its id.</summary>
    public async Task<string> CreateUserAsync(string userName, string region, params string[] roles)
    {
        var admin = await AsAdmin();
        var response = await admin.PostAsJsonAsync("/api/users", new
        {
            userName,
            displayName = "测试" + userName,
            password = "Passw0rd-1",
            regionCode = region,
            roles = roles.Length == 0 ? ["staff"] : roles,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdBody>())!.Id;
    }

    public virtual async Task DisposeAsync() => await Factory.DisposeAsync();

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..16];

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);

    private sealed record IdBody(string Id);
}

public sealed class SqliteApiFixture : ApiFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"kechuang-api-{Guid.NewGuid():N}.db");

    protected override string Database => _file;

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

public sealed class PostgresApiFixture : ApiFixture
{
    private readonly string _name = $"kc_api_{Guid.NewGuid():N}";

    private static string Server => Environment.GetEnvironmentVariable("KECHUANG_TEST_PG")
        ?? throw new InvalidOperationException("PostgreSQL tests need KECHUANG_TEST_PG (a server connection string); ./scripts/test.sh sets it.");

    protected override string Database => new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}
