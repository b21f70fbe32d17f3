using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;
using MiniExcelLibs;

namespace Kechuang.Web.Tests;

public sealed class SqlitePlausibilityApiTests(SqliteApiFixture fixture) : PlausibilityApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresPlausibilityApiTests(PostgresApiFixture fixture) : PlausibilityApiTests<PostgresApiFixture>(fixture);

/// <summary>
/// Plausibility warnings (docs/domain.md §3, Plausibility) on every surface: the saved figure, the import report, the
/// assessment rows and the work summary. Warnings never change a status code or stop a write. Each test works on
/// indicators of its own, in last year (<c>app.Clock</c>) and the year before.
/// </summary>
public abstract class PlausibilityApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string Pingyang = "330326";
    private const string Cangnan = "330327";
    private int Year => app.Clock.TodayInChina().Year - 1;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<string> IndicatorAsync(string kind = "flow", string unit = "亿元")
    {
        var code = "p_" + Guid.NewGuid().ToString("N")[..12];
        var response = await (await app.AsAdmin()).PostAsJsonAsync("/api/indicators", new { code, name = "可疑测试" + code[2..8], unit, kind });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    private async Task<JsonElement> PutAsync(string code, string region, int year, int month, decimal value)
    {
        var response = await (await app.AsAdmin()).PutAsJsonAsync($"/api/indicators/{code}/values/{region}/{year}/{month}", new { value });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json(response);
    }

    private static List<string> Rules(JsonElement warnings) =>
        warnings.EnumerateArray().Select(w => w.GetProperty("rule").GetString()!).ToList();

    [Fact]
    public async Task PutValue_SavesTheFigure_AndReturnsItsWarningsWithTheComparedFigures()
    {
        var share = await IndicatorAsync("ratio", "%");
        await PutAsync(share, Pingyang, Year - 1, 6, 37.28m);
        await PutAsync(share, Pingyang, Year, 5, 36m);

        var saved = await PutAsync(share, Pingyang, Year, 6, 100m);

        Assert.Equal(100m, saved.GetProperty("value").GetDecimal());
        Assert.True(saved.TryGetProperty("version", out _));
        var warnings = saved.GetProperty("warnings");
        Assert.Equal(["share_bound", "ratio_jump_points", "ratio_jump_factor", "ratio_jump_points", "ratio_jump_factor"], Rules(warnings));
        var lastMonth = warnings.EnumerateArray().First(w => w.GetProperty("rule").GetString() == "ratio_jump_points");
        Assert.Equal(("上月", Year, 5, 36m, 100m), (lastMonth.GetProperty("comparison").GetString(), lastMonth.GetProperty("comparedYear").GetInt32(),
            lastMonth.GetProperty("comparedMonth").GetInt32(), lastMonth.GetProperty("comparedValue").GetDecimal(), lastMonth.GetProperty("value").GetDecimal()));
        Assert.Contains("上升64个百分点", lastMonth.GetProperty("message").GetString());
        var lastYear = warnings.EnumerateArray().Last(w => w.GetProperty("rule").GetString() == "ratio_jump_points");
        Assert.Equal(("上年同期", Year - 1, 6, 37.28m), (lastYear.GetProperty("comparison").GetString(), lastYear.GetProperty("comparedYear").GetInt32(),
            lastYear.GetProperty("comparedMonth").GetInt32(), lastYear.GetProperty("comparedValue").GetDecimal()));

        var next = await PutAsync(share, Pingyang, Year, 7, 99m);
        Assert.Equal(["no_last_year"], Rules(next.GetProperty("warnings")));
    }

    [Fact]
    public async Task Report_RowsCarryTheirWarnings()
    {
        var flow = await IndicatorAsync();
        await PutAsync(flow, Pingyang, Year - 1, 8, 10m);
        await PutAsync(flow, Pingyang, Year, 7, 45m);
        await PutAsync(flow, Pingyang, Year, 8, 40m);

        var response = await (await app.AsAdmin()).GetAsync($"/api/indicators/report?region={Pingyang}&year={Year}&month=8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = (await Json(response)).EnumerateArray().Single(r => r.GetProperty("code").GetString() == flow);

        var warnings = row.GetProperty("warnings");
        Assert.Equal(["yoy_factor", "ytd_decrease"], Rules(warnings));
        Assert.Equal((10m, Year - 1), (warnings[0].GetProperty("comparedValue").GetDecimal(), warnings[0].GetProperty("comparedYear").GetInt32()));
        Assert.Equal((45m, 7), (warnings[1].GetProperty("comparedValue").GetDecimal(), warnings[1].GetProperty("comparedMonth").GetInt32()));
        Assert.Contains("是上年同期", warnings[0].GetProperty("message").GetString());

        var before = (await Json(await (await app.AsAdmin()).GetAsync($"/api/indicators/report?region={Pingyang}&year={Year}&month=7")))
            .EnumerateArray().Single(r => r.GetProperty("code").GetString() == flow);
        Assert.Equal(["no_last_year"], Rules(before.GetProperty("warnings")));
    }

    [Fact]
    public async Task Import_ListsWarnings_AndImportsAllTheSame()
    {
        var flow = await IndicatorAsync();
        var name = (await Json(await (await app.AsAdmin()).GetAsync("/api/indicators"))).EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == flow).GetProperty("name").GetString()!;
        await PutAsync(flow, Pingyang, Year - 1, 9, 10m);
        await PutAsync(flow, Cangnan, Year - 1, 9, 10m);

        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new List<Dictionary<string, object?>>
        {
            new() { ["地区代码"] = Pingyang, [name] = 40 },
            new() { ["地区代码"] = Cangnan, [name] = 12 },
        });
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var response = await (await app.AsAdmin()).PostAsync($"/api/indicators/import?year={Year}&month=9",
            new MultipartFormDataContent { { file, "file", "月报.xlsx" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await Json(response);
        Assert.True(report.GetProperty("written").GetBoolean());
        Assert.Equal(0, report.GetProperty("errors").GetArrayLength());
        var warning = Assert.Single(report.GetProperty("warnings").EnumerateArray());
        Assert.Equal((2, name, "40"), (warning.GetProperty("row").GetInt32(), warning.GetProperty("column").GetString(), warning.GetProperty("value").GetString()));
        Assert.Contains("是上年同期", warning.GetProperty("reason").GetString());
        var row = (await Json(await (await app.AsAdmin()).GetAsync($"/api/indicators/report?region={Pingyang}&year={Year}&month=9")))
            .EnumerateArray().Single(r => r.GetProperty("code").GetString() == flow);
        Assert.Equal(40m, row.GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task Summary_ListsTheSuspiciousFiguresItPrints()
    {
        var share = await IndicatorAsync("ratio", "%");
        await PutAsync(share, Pingyang, Year, 12, 100m);

        var response = await (await app.AsAdmin()).GetAsync($"/api/reports/summary?region={Pingyang}&year={Year}&period=FY");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warnings = (await Json(response)).GetProperty("plausibilityWarnings").EnumerateArray()
            .Where(w => w.GetProperty("indicatorCode").GetString() == share).ToList();

        Assert.Equal(["share_bound", "no_last_year"], warnings.Select(w => w.GetProperty("rule").GetString()));
        Assert.Equal((Pingyang, Year, 12, 100m), (warnings[0].GetProperty("regionCode").GetString(), warnings[0].GetProperty("year").GetInt32(),
            warnings[0].GetProperty("month").GetInt32(), warnings[0].GetProperty("value").GetDecimal()));
    }
}
