using System.Globalization;
using System.Text;
using Kechuang.Contracts;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Tests.Contracts;

/// <summary>Valid contract requests and CSV files, and callers of each role.</summary>
internal static class ContractBuilder
{
    private static int _next = Random.Shared.Next(10_000_000, 80_000_000);

    public static string NewUscc(string area = "330326") =>
        Uscc.Create(area, Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture)).Value;

    public static ContractRequest Request(string region = "330326", decimal turnover = 500_000m, decimal tech = 400_000m,
        DateOnly? signed = null, DateOnly? received = null, string type = "transfer") => new(
        "一种智能传感器的技术转让合同", type, "平阳测试科技有限公司", NewUscc(region), region,
        "上海测试机械有限公司", NewUscc("310115"), "310115",
        signed ?? new DateOnly(2026, 1, 10), received ?? new DateOnly(2026, 1, 15), turnover, tech);

    public static Caller As(string role, string region = "330326", Guid? enterprise = null) =>
        new($"{role}-{region}", $"{role}-{region}", new HashSet<string> { role }, RegionCode.Parse(region), enterprise);

    public static readonly Caller Admin = new("n/a", "admin", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    public const string Header = "登记编号,合同名称,合同类别,卖方名称,卖方统一社会信用代码,卖方地区代码,买方名称,买方统一社会信用代码,买方地区代码,签订日期,受理日期,登记日期,合同成交额,技术交易额";

    /// <summary>One CSV line; <paramref name="number"/> and <paramref name="registered"/> null for a received contract.</summary>
    public static string Line(string? number, DateOnly? registered, string region = "330326", decimal turnover = 100_000m, decimal tech = 80_000m,
        string type = "技术开发/委托开发", string? sellerUscc = null, DateOnly? received = null, string name = "新型材料\"联合\"开发合同") =>
        string.Join(",",
            number ?? "", Quote(name), type, "测试卖方有限公司", sellerUscc ?? NewUscc(region), region, "境外买方 GmbH", "", "",
            "2025-01-05", (received ?? new DateOnly(2025, 1, 6)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            registered?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            turnover.ToString(CultureInfo.InvariantCulture), tech.ToString(CultureInfo.InvariantCulture));

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static MemoryStream Csv(IEnumerable<string> lines, bool bom = true)
    {
        var text = Header + "\r\n" + string.Join("\r\n", lines) + "\r\n";
        return new MemoryStream([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);
    }

    private static long _numbers = Random.Shared.NextInt64(100_000_000, 900_000_000);

    public static string NewNumber() => "T" + Interlocked.Increment(ref _numbers).ToString(CultureInfo.InvariantCulture);
}
