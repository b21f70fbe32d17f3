using System.Globalization;
using Kechuang.E2E.Tests.Pages;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Excel;
using MiniExcelLibs;

namespace Kechuang.E2E.Tests;

/// <summary>The Excel import's walk-through: import with one bad row, read the error, fix it, then see the HTE checklist.</summary>
public sealed class ImportTests(ServerFixture server, BrowserFixture browser) : BrowserTest(server, browser)
{
    [Fact]
    public async Task ImportWithABadRow_FixIt_ThenSeeTheHteChecklist()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-import-").FullName;
        var suffix = Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var good = Uscc.Create("330326", "7" + suffix + "001").Value;
        var other = Uscc.Create("330326", "7" + suffix + "002").Value;
        var broken = other[..17] + (other[17] == '0' ? "1" : "0");
        var name = $"平阳导入测试{suffix}科技有限公司";
        var bad = Path.Combine(dir, "bad.xlsx");
        var fixedFile = Path.Combine(dir, "fixed.xlsx");
        Write(bad, Row(name, good), Row($"平阳导入测试{suffix}二号有限公司", broken));
        Write(fixedFile, Row(name, good), Row($"平阳导入测试{suffix}二号有限公司", other));

        await LogInAsync("py_admin");
        var import = new ImportPage(Page, BaseUrl);
        await import.OpenAsync();
        await import.ImportAsync(bad);

        Assert.Equal(1, await import.ErrorRowsAsync());
        Assert.Contains("统一社会信用代码", await import.ErrorsAsync());
        Assert.Contains("校验", await import.ErrorsAsync());
        await ShotAsync("import-error.png");

        await import.OpenAsync();
        await import.ImportAsync(fixedFile);
        Assert.Contains("新增 2", await import.SummaryAsync());

        var enterprise = new EnterprisePage(Page, BaseUrl);
        await enterprise.OpenByNameAsync(name);
        var checklist = await enterprise.HteChecklistAsync();
        Assert.Equal(9, await checklist.Locator("[data-code]").CountAsync());
        Assert.Contains("注册成立满一年", await checklist.InnerTextAsync());
        await ShotAsync("hte-checklist.png");
        Directory.Delete(dir, recursive: true);
    }

    private static Dictionary<string, object?> Row(string name, string uscc) => new()
    {
        [Header("name")] = name,
        [Header("uscc")] = uscc,
        [Header("regionCode")] = "330326",
        [Header("foundedOn")] = "2016-04-01",
        [Header("technologyField")] = "新材料",
        [Header("aboveScale")] = "是",
    };

    private static string Header(string field) => EnterpriseColumns.All.Single(c => c.Field == field).Header;

    private static void Write(string path, params Dictionary<string, object?>[] rows)
    {
        using var stream = File.Create(path);
        stream.SaveAs(rows);
    }
}
