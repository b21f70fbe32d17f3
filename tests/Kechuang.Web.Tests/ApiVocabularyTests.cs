using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteApiVocabularyTests(SqliteApiFixture fixture) : ApiVocabularyTests<SqliteApiFixture>(fixture);

public sealed class PostgresApiVocabularyTests(PostgresApiFixture fixture) : ApiVocabularyTests<PostgresApiFixture>(fixture);

/// <summary>One query name for a region (regionCode still accepted), and 400s that name the field the caller sent.</summary>
public abstract class ApiVocabularyTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
    }

    private static string[] Keys(JsonElement errors) => [.. errors.EnumerateObject().Select(e => e.Name)];

    [Theory]
    [InlineData("/api/contracts?{0}=330326")]
    [InlineData("/api/contracts/waiting?{0}=330326")]
    [InlineData("/api/contracts/stats?{0}=330326")]
    [InlineData("/api/enterprises?{0}=330326")]
    [InlineData("/api/cultivation/evaluations?{0}=330326")]
    [InlineData("/api/cultivation/pool?{0}=330326")]
    [InlineData("/api/users?{0}=330326")]
    [InlineData("/api/indicators/figures?{0}=330326")]
    [InlineData("/api/indicators/report?{0}=330326")]
    public async Task RegionQuery_BothNames_GiveTheSameAnswer(string url)
    {
        var admin = await app.AsAdmin();

        var byRegion = await admin.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, "region"));
        var byOldName = await admin.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, "regionCode"));

        Assert.Equal(byRegion, byOldName);
    }

    [Fact]
    public async Task RegionQuery_NarrowsTheList_UnderTheNewName()
    {
        var admin = await app.AsAdmin();

        var users = JsonDocument.Parse(await admin.GetStringAsync("/api/users?region=330327&pageSize=200")).RootElement;

        Assert.All(users.GetProperty("items").EnumerateArray(), u => Assert.StartsWith("330327", u.GetProperty("regionCode").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/contracts?{0}=12ab")]
    [InlineData("/api/contracts/stats?{0}=12ab")]
    [InlineData("/api/enterprises/export?{0}=12ab")]
    [InlineData("/api/indicators/figures?{0}=12ab")]
    [InlineData("/api/indicators/report?{0}=12ab")]
    public async Task RegionQuery_Malformed_Is400UnderTheNameSent(string url)
    {
        var admin = await app.AsAdmin();

        foreach (var name in new[] { "region", "regionCode" })
        {
            var errors = await Errors(await admin.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, name)));

            Assert.Equal([name], Keys(errors));
        }
    }

    [Fact]
    public async Task RegionQuery_TwoDifferentCodes_Is400()
    {
        var admin = await app.AsAdmin();

        var errors = await Errors(await admin.GetAsync("/api/contracts?region=330326&regionCode=330327"));

        Assert.Equal(["regionCode"], Keys(errors));
    }

    [Fact]
    public async Task QueryValue_WrongType_Is400NamingTheQueryField()
    {
        var admin = await app.AsAdmin();

        var errors = await Errors(await admin.GetAsync("/api/contracts/stats?region=330326&year=abc"));

        Assert.Equal(["year"], Keys(errors));
    }

    [Fact]
    public async Task JsonField_WrongType_Is400NamingTheCamelCaseField()
    {
        var admin = await app.AsAdmin();

        var errors = await Errors(await admin.PostAsJsonAsync("/api/contracts", new { name = "合同", sellerUscc = 913303, signedOn = "2025-01-01" }));

        Assert.Equal(["sellerUscc"], Keys(errors));
    }

    [Fact]
    public async Task JsonField_BadDate_Is400NamingTheField()
    {
        var admin = await app.AsAdmin();

        var errors = await Errors(await admin.PostAsJsonAsync("/api/contracts", new { name = "合同", signedOn = "2025年1月1日" }));

        Assert.Equal(["signedOn"], Keys(errors));
    }

    [Fact]
    public async Task IndicatorImport_WithoutYearAndMonth_NamesBoth()
    {
        var admin = await app.AsAdmin();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("x")), "file", "figures.xlsx" } };

        var errors = await Errors(await admin.PostAsync("/api/indicators/import", form));

        Assert.Equal(["month", "year"], Keys(errors).Order());
    }
}
