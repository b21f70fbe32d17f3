using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Users;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteSecurityTests(SqliteApiFixture fixture) : SecurityTests<SqliteApiFixture>(fixture);

public sealed class PostgresSecurityTests(PostgresApiFixture fixture) : SecurityTests<PostgresApiFixture>(fixture);

/// <summary>
/// Revocation on the next request, login throttling and the security headers (docs/architecture.md, Security; ADR 0014).
/// Each test uses its own users and client addresses.
/// </summary>
public abstract class SecurityTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static string Address() => $"10.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}";

    private async Task<(string Id, string Name, HttpClient Client)> SignedInAsync(params string[] roles)
    {
        var name = ApiFixture.Unique("sec");
        var id = await app.CreateUserAsync(name, "330326", roles);
        return (id, name, await app.As(name));
    }

    private static object Enterprise() => new { name = "撤销测试" + Guid.NewGuid().ToString("N")[..6] + "有限公司", uscc = TestCodes.NewUscc(), regionCode = "330326" };

    [Fact]
    public async Task EveryResponse_NamesItsNode_AndMetricsAnswerOnlyTheInternalNetwork()
    {
        var health = await app.Anonymous().GetAsync("/health");
        var api = await app.Anonymous().GetAsync("/api/enterprises");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(Environment.MachineName, Assert.Single(health.Headers.GetValues("X-Kechuang-Node")));
        Assert.Equal(Environment.MachineName, Assert.Single(api.Headers.GetValues("X-Kechuang-Node")));

        var inside = await app.From("127.0.0.1").GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", await inside.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.From(Address()).GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Lock_OldTokenAnswers401_OnTheNextRequest()
    {
        var (id, _, client) = await SignedInAsync("staff");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/enterprises")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await (await app.AsAdmin()).PostAsync($"/api/users/{id}/lock", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/enterprises", Enterprise())).StatusCode);
    }

    [Fact]
    public async Task Unlock_DoesNotReviveTheOldToken()
    {
        var (id, _, client) = await SignedInAsync("staff");
        var admin = await app.AsAdmin();

        await admin.PostAsync($"/api/users/{id}/lock", null);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{id}/unlock", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/enterprises")).StatusCode);
    }

    [Fact]
    public async Task LockingSomeoneElse_LeavesOtherSessionsWorking()
    {
        var (_, _, bystander) = await SignedInAsync("staff");
        var (id, _, _) = await SignedInAsync("staff");
        var admin = await app.AsAdmin();

        await admin.PostAsync($"/api/users/{id}/lock", null);

        Assert.Equal(HttpStatusCode.OK, (await bystander.GetAsync("/api/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/enterprises")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_OldTokenRevoked_NewOneWorks()
    {
        var (id, name, client) = await SignedInAsync("staff");

        var reset = await (await app.AsAdmin()).PostAsJsonAsync($"/api/users/{id}/password", new { password = "Passw0rd-2" });
        Assert.True(reset.IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As(name, "Passw0rd-2")).GetAsync("/api/enterprises")).StatusCode);
    }

    [Fact]
    public async Task RoleChange_OldTokenRevoked_ANameChangeIsNot()
    {
        var (id, _, client) = await SignedInAsync("staff", "leader");
        var admin = await app.AsAdmin();
        var user = await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}");

        // Only the display name: the rights the token carries are the same.
        var rename = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "改名", regionCode = "330326", roles = new[] { "staff", "leader" }, version = user.GetProperty("version").GetString() });
        Assert.True(rename.IsSuccessStatusCode, await rename.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/enterprises")).StatusCode);

        var renamed = await rename.Content.ReadFromJsonAsync<JsonElement>();
        var demote = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "改名", regionCode = "330326", roles = new[] { "leader" }, version = renamed.GetProperty("version").GetString() });
        Assert.True(demote.IsSuccessStatusCode, await demote.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/enterprises")).StatusCode);
    }

    [Fact]
    public async Task UnknownUserAndWrongPassword_TheSameAnswer()
    {
        var (_, name, _) = await SignedInAsync("staff");
        var client = app.From(Address());

        var unknown = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody" + Guid.NewGuid().ToString("N")[..8], password = "Whatever-1" });
        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Whatever-1" });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (unknown.StatusCode, wrong.StatusCode));
        Assert.Equal(LogIn.WrongPassword, (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(LogIn.WrongPassword, (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongPasswords_BlockTheGuessersAddress_NotTheAccount()
    {
        var (_, name, _) = await SignedInAsync("admin");
        var attacker = app.From(Address());
        for (var i = 0; i < LoginThrottle.AccountFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "wrong-" + i })).StatusCode);
        }

        // Even the right password is refused from there, with a Chinese reason and when to come back …
        var blocked = await attacker.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Passw0rd-1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.StartsWith("登录失败次数过多", (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.NotNull(blocked.Headers.RetryAfter);
        // … while the admin logs in from elsewhere: the account was never locked.
        Assert.Equal(HttpStatusCode.OK, (await app.From(Address()).PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Passw0rd-1" })).StatusCode);
    }

    [Fact]
    public async Task ManyFailuresFromOneAddress_Throttled_OverAnyAccount()
    {
        var address = Address();
        var sprayer = app.From(address);
        for (var i = 0; i < LoginThrottle.AddressFailures; i++)
        {
            await sprayer.PostAsJsonAsync("/api/auth/token", new { userName = "guess" + i, password = "Passw0rd-1" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sprayer.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = ApiFixture.AdminPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.From(Address()).PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = ApiFixture.AdminPassword })).StatusCode);
    }

    [Fact]
    public async Task DisabledAccount_SaysSoOnlyWithTheRightPassword()
    {
        var (id, name, _) = await SignedInAsync("staff");
        await (await app.AsAdmin()).PostAsync($"/api/users/{id}/lock", null);
        var client = app.From(Address());

        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Whatever-1" });
        var right = await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Passw0rd-1" });

        Assert.Equal(LogIn.WrongPassword, (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(LogIn.Disabled, (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/regions/330326")]
    [InlineData("/api/no-such-thing")]
    public async Task Headers_OnPagesAndApi(string path)
    {
        var client = path.StartsWith("/api", StringComparison.Ordinal) ? await app.AsAdmin() : app.Anonymous();

        var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
        // HTTP here: no HSTS, which only means something over HTTPS.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Headers_OverHttps_Hsts()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/login");

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }
}
