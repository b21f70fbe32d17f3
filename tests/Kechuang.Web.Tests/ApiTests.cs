using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteApiTests(SqliteApiFixture fixture) : ApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresApiTests(PostgresApiFixture fixture) : ApiTests<PostgresApiFixture>(fixture);

/// <summary>The REST API over HTTP, the same tests on each database.</summary>
public abstract class ApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await Json(response);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        return body;
    }

    [Fact]
    public async Task Health_IsOpenWithoutLogin()
    {
        var response = await app.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithoutToken_Is401ProblemDetails()
    {
        var response = await app.Anonymous().GetAsync("/api/regions/330326");

        await Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_WithGarbageToken_Is401()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        var response = await client.GetAsync("/api/regions/330326");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_ForValidPassword_OpensTheApiUntilItExpires()
    {
        var name = ApiFixture.Unique("tok");
        await app.CreateUserAsync(name, "330326");

        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Passw0rd-1" });
        var body = await Json(response);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("accessToken").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("expiresAt").GetDateTimeOffset() > app.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/330326")).StatusCode);

        // Time only moves forward; every other test asks for its tokens on the same clock.
        app.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/regions/330326")).StatusCode);
    }

    [Fact]
    public async Task Token_WrongPassword_Is401InChinese()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "wrong-password" });

        var body = await Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Token_MissingFields_Is400WithFieldErrors()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "" });

        var body = await Problem(response, HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("errors").TryGetProperty("userName", out _));
        Assert.True(body.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Regions_LookupChildrenAndPeers()
    {
        var client = await app.AsAdmin();

        var county = await Json(await client.GetAsync("/api/regions/330326"));
        var children = await Json(await client.GetAsync("/api/regions/330300/children"));
        var peers = await Json(await client.GetAsync("/api/regions/330326/peers"));
        var towns = await Json(await client.GetAsync("/api/regions/330326/children"));

        Assert.Equal("平阳县", county.GetProperty("name").GetString());
        Assert.Equal("county", county.GetProperty("level").GetString());
        Assert.Equal("330300", county.GetProperty("parentCode").GetString());
        Assert.Equal(12, children.GetArrayLength());
        Assert.Equal(11, peers.GetArrayLength());
        Assert.DoesNotContain(peers.EnumerateArray(), p => p.GetProperty("code").GetString() == "330326");
        Assert.All(towns.EnumerateArray(), t => Assert.Equal(9, t.GetProperty("code").GetString()!.Length));
    }

    [Fact]
    public async Task Regions_UnknownCode404_MalformedCode400()
    {
        var client = await app.AsAdmin();

        await Problem(await client.GetAsync("/api/regions/339999"), HttpStatusCode.NotFound);
        var malformed = await Problem(await client.GetAsync("/api/regions/33ab"), HttpStatusCode.BadRequest);
        Assert.True(malformed.GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task MalformedJson_Is400ProblemDetails()
    {
        var client = await app.AsAdmin();

        var response = await client.PostAsync("/api/users", new StringContent("{\"userName\": ", Encoding.UTF8, "application/json"));

        var body = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WronglyTypedField_Is400NamingTheField()
    {
        var client = await app.AsAdmin();

        var response = await client.PutAsync("/api/indicators/rd_expenditure/values/330326/2025/3", new StringContent("{\"value\": \"abc\"}", Encoding.UTF8, "application/json"));

        var body = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("字段 value 的值类型不正确（如数值须为数字，日期须为 yyyy-MM-dd）", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CreateUser_BadInput_Is400WithCamelCaseErrors_AndNothingSaved()
    {
        var client = await app.AsAdmin();
        var name = ApiFixture.Unique("bad");

        var response = await client.PostAsJsonAsync("/api/users", new { userName = name, displayName = "", password = "Passw0rd-1", regionCode = "999999", roles = new[] { "staff" } });

        var errors = (await Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("regionCode", out _));
        var list = await Json(await client.GetAsync($"/api/users?q={name}"));
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CreateUser_DuplicateUserName_Is400OnUserName()
    {
        var name = ApiFixture.Unique("dup");
        await app.CreateUserAsync(name, "330326");
        var client = await app.AsAdmin();

        var response = await client.PostAsJsonAsync("/api/users", new { userName = name, displayName = "重复", password = "Passw0rd-1", regionCode = "330326", roles = new[] { "staff" } });

        var errors = (await Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("已被使用", errors.GetProperty("userName")[0].GetString());
    }

    [Fact]
    public async Task Users_NonAdmin_Is403()
    {
        var name = ApiFixture.Unique("staff");
        await app.CreateUserAsync(name, "330326", "staff", "leader");
        var staff = await app.As(name);

        await Problem(await staff.GetAsync("/api/users"), HttpStatusCode.Forbidden);
        await Problem(await staff.GetAsync("/api/audit"), HttpStatusCode.Forbidden);
        await Problem(await staff.PostAsJsonAsync("/api/users", new { userName = "x" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Users_CountyAdminIsScopedToItsCounty()
    {
        var countyAdmin = ApiFixture.Unique("pyadm");
        var neighbour = ApiFixture.Unique("cnusr");
        var own = ApiFixture.Unique("pyusr");
        await app.CreateUserAsync(countyAdmin, "330326", "admin");
        var neighbourId = await app.CreateUserAsync(neighbour, "330327");
        await app.CreateUserAsync(own, "330326100");
        var client = await app.As(countyAdmin);

        var list = await Json(await client.GetAsync("/api/users?pageSize=200"));
        var names = list.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();

        Assert.Contains(own, names);
        Assert.DoesNotContain(neighbour, names);
        Assert.DoesNotContain("admin", names);
        await Problem(await client.GetAsync($"/api/users/{neighbourId}"), HttpStatusCode.NotFound);
        await Problem(await client.GetAsync("/api/users?regionCode=330327"), HttpStatusCode.Forbidden);
        var outside = await client.PostAsJsonAsync("/api/users", new { userName = ApiFixture.Unique("x"), displayName = "越权", password = "Passw0rd-1", regionCode = "330327", roles = new[] { "staff" } });
        await Problem(outside, HttpStatusCode.Forbidden);
        await client.PostAsJsonAsync("/api/users", new { userName = ApiFixture.Unique("own"), displayName = "本县", password = "Passw0rd-1", regionCode = "330326", roles = new[] { "staff" } });
        var trail = (await Json(await client.GetAsync("/api/audit?pageSize=200"))).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(trail);
        Assert.All(trail, a => Assert.StartsWith("330326", a.GetProperty("userRegion").GetString()));
    }

    [Fact]
    public async Task UpdateUser_WithStaleVersion_Is409()
    {
        var id = await app.CreateUserAsync(ApiFixture.Unique("ver"), "330326");
        var client = await app.AsAdmin();
        var user = await Json(await client.GetAsync($"/api/users/{id}"));
        var version = user.GetProperty("version").GetString();

        var first = await client.PutAsJsonAsync($"/api/users/{id}", new { displayName = "第一次", regionCode = "330326", roles = new[] { "staff" }, version });
        var second = await client.PutAsJsonAsync($"/api/users/{id}", new { displayName = "第二次", regionCode = "330326", roles = new[] { "staff" }, version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await Problem(second, HttpStatusCode.Conflict);
        Assert.Equal("第一次", (await Json(await client.GetAsync($"/api/users/{id}"))).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Writes_AreAudited_AndTheTrailIsFilterable()
    {
        var id = await app.CreateUserAsync(ApiFixture.Unique("aud"), "330326");
        var client = await app.AsAdmin();
        var version = (await Json(await client.GetAsync($"/api/users/{id}"))).GetProperty("version").GetString();
        // As through the proxy: the client's address from X-Forwarded-For goes into the trail (docs/deploy.md).
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.45");
        await client.PutAsJsonAsync($"/api/users/{id}", new { displayName = "改过的名字", regionCode = "330326", roles = new[] { "staff", "leader" }, version });

        var trail = await Json(await client.GetAsync($"/api/audit?entity=AppUser&entityId={id}&user=admin"));
        var items = trail.GetProperty("items").EnumerateArray().ToList();

        Assert.Contains(items, a => a.GetProperty("action").GetString() == "created");
        var update = items.Single(a => a.GetProperty("action").GetString() == "updated");
        Assert.Equal("admin", update.GetProperty("userName").GetString());
        Assert.Equal("203.0.113.45", update.GetProperty("clientAddress").GetString());
        Assert.Contains("改过的名字", update.GetProperty("after").GetString());
        Assert.Contains("测试", update.GetProperty("before").GetString());
        var byOthers = await Json(await client.GetAsync($"/api/audit?entityId={id}&user=nobody"));
        Assert.Equal(0, byOthers.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemDetails()
    {
        var client = await app.AsAdmin();

        await Problem(await client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/regions/{code}/peers", text);
        Assert.Contains("/api/auth/token", text);
    }

    [Fact]
    public async Task LoginPage_IsChinese_AndPagesRedirectThere()
    {
        var anonymous = app.Anonymous();

        var home = await anonymous.GetAsync("/users");
        var login = await anonymous.GetStringAsync("/login");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/login", home.Headers.Location!.PathAndQuery);
        Assert.Contains("科技局工作平台", login);
        Assert.Contains("__RequestVerificationToken", login);
    }

    [Fact]
    public async Task LoginForm_WithoutAntiforgeryToken_IsRejected()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "admin",
            ["Input.Password"] = ApiFixture.AdminPassword,
        });

        var response = await app.Anonymous().PostAsync("/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("kechuang.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task LoginForm_WithTokenAndRightPassword_SetsTheCookieThatOpensTheApi()
    {
        var handler = app.Factory.Server.CreateHandler();
        var cookies = new CookieContainer();
        using var client = new HttpClient(new CookieHandler(cookies, handler)) { BaseAddress = new Uri("http://localhost") };
        var page = await client.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/login?returnUrl=%2Fabout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "admin",
            ["Input.Password"] = ApiFixture.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/about", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/330326")).StatusCode);
    }

    /// <summary>Keeps cookies between requests, without following redirects.</summary>
    private sealed class CookieHandler(CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(request.RequestUri!, cookie);
                }
            }
            return response;
        }
    }
}
