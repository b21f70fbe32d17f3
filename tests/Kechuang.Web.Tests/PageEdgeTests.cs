using System.Net;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqlitePageEdgeTests(SqliteApiFixture fixture) : PageEdgeTests<SqliteApiFixture>(fixture);

public sealed class PostgresPageEdgeTests(PostgresApiFixture fixture) : PageEdgeTests<PostgresApiFixture>(fixture);

/// <summary>What a browser meets off the main path: a mistyped address, a page its role may not open.</summary>
public abstract class PageEdgeTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private async Task<HttpClient> BrowserAsync(string region, string role)
    {
        var name = ApiFixture.Unique("page");
        await app.CreateUserAsync(name, region, role);
        return await app.WithCookie(name);
    }

    [Fact]
    public async Task MistypedAddress_IsAChinesePage_ForBrowsers_AndProblemDetails_ForTheApi()
    {
        var browser = await BrowserAsync("330326", "staff");

        var page = await browser.GetAsync("/enterprise-list-typo");
        var api = await browser.GetAsync("/api/enterprise-list-typo");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("未找到", await api.Content.ReadAsStringAsync());
    }

    /// <summary>The page's words are rendered in the browser (E2E BrowserTests); here, that it is not a bounce to 首页.</summary>
    [Fact]
    public async Task PageTheRoleMayNotOpen_GoesToTheForbiddenPage_NotHome()
    {
        var leader = await BrowserAsync("330326", "leader");

        var bounced = await leader.GetAsync("/users");
        var forbidden = await leader.GetAsync(bounced.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, bounced.StatusCode);
        Assert.Equal("/forbidden?ReturnUrl=%2Fusers", bounced.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.OK, forbidden.StatusCode);
    }
}

internal static class UriPaths
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
