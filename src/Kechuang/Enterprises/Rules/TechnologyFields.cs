namespace Kechuang.Enterprises.Rules;

/// <summary>《国家重点支持的高新技术领域》(认定管理办法 2016 附件): the eight fields.</summary>
public static class TechnologyFields
{
    public static readonly IReadOnlyList<string> All =
        ["电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化"];

    public static bool IsSupported(string? field) =>
        field is not null && All.Contains(field.Trim(), StringComparer.Ordinal);
}
