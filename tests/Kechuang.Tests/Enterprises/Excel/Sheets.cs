using System.Globalization;
using Kechuang.Enterprises;
using MiniExcelLibs;

namespace Kechuang.Tests.Enterprises.Excel;

/// <summary>Builds .xlsx files in memory, keyed by the Chinese headers a user would type.</summary>
internal static class Sheets
{
    public static MemoryStream Xlsx(params IEnumerable<Dictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.ToList());
        stream.Position = 0;
        return stream;
    }

    // Consecutive from a random start: random codes drawn one by one collide (2,500 of them do ~3% of the time).
    private static int _next = Random.Shared.Next(10_000_000, 80_000_000);

    public static string NewUscc(string area = "330326") =>
        Uscc.Create(area, Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture)).Value;

    /// <summary>A different, still well-formed code whose check character is wrong.</summary>
    public static string BadCheck(string uscc) => uscc[..17] + (uscc[17] == '0' ? "1" : "0");

    public static Dictionary<string, object?> Enterprise(string uscc, string region = "330326", string name = "平阳测试科技有限公司") => new()
    {
        ["企业名称"] = name,
        ["统一社会信用代码"] = uscc,
        ["所属区县代码"] = region,
        ["乡镇街道代码"] = null,
        ["地址"] = "昆阳镇测试路1号",
        ["行业代码"] = "C3981",
        ["成立日期"] = new DateTime(2018, 5, 20),
        ["是否规上"] = "是",
        ["技术领域"] = "电子信息",
        ["联系人"] = "张三",
        ["联系电话"] = "0577-63712345",
        ["电子邮箱"] = "zhangsan@example.com",
    };

    public static Dictionary<string, object?> Facts(string uscc, int year = 2024, object? staff = null, object? techStaff = null, object? sales = null) => new()
    {
        ["统一社会信用代码"] = uscc,
        ["年度"] = year,
        ["从业人员数"] = staff ?? 100,
        ["科技人员数"] = techStaff ?? 20,
        ["销售收入（元）"] = sales ?? 30_000_000m,
        ["总收入（元）"] = 31_000_000m,
        ["高新技术产品（服务）收入（元）"] = 21_000_000m,
        ["研发费用（元）"] = 1_800_000m,
        ["境内研发费用（元）"] = 1_800_000m,
        ["成本费用总额（元）"] = 24_000_000m,
        ["资产总额（元）"] = 50_000_000m,
        ["净资产（元）"] = 20_000_000m,
        ["I类知识产权数"] = 1,
        ["II类知识产权数"] = 5,
        ["科技成果转化数"] = 3,
        ["重大安全质量环境违法"] = "否",
    };

    public static Dictionary<string, object?> Title(string uscc, string number, object? issuedOn = null, string type = "高新技术企业") => new()
    {
        ["统一社会信用代码"] = uscc,
        ["资质类型"] = type,
        ["证书编号"] = number,
        ["发证日期"] = issuedOn ?? "2024-12-06",
        ["有效期至"] = null,
    };

    /// <summary>The row without one column, as a file that lacks it.</summary>
    public static Dictionary<string, object?> Without(this Dictionary<string, object?> row, string header)
    {
        var copy = new Dictionary<string, object?>(row);
        copy.Remove(header);
        return copy;
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> row, string header, object? value) =>
        new(row) { [header] = value };
}

/// <summary>Keeps every report, synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class ProgressLog : IProgress<Kechuang.Common.Excel.ImportProgress>
{
    public List<Kechuang.Common.Excel.ImportProgress> Reports { get; } = [];

    public void Report(Kechuang.Common.Excel.ImportProgress value) => Reports.Add(value);
}
