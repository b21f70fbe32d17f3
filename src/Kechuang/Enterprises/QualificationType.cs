namespace Kechuang.Enterprises;

/// <summary>
/// A kind of title, kept as data so a bureau can add its own (省级专精特新, 雏鹰企业 …).
/// <see cref="ValidYears"/> gives the default expiry: 3 for 高新技术企业 (认定管理办法 第十条), 1 for a tech-SME registration.
/// </summary>
public sealed class QualificationType
{
    public required string Name { get; init; }
    public int? ValidYears { get; set; }
    public int SortOrder { get; set; }

    public const string HighTech = "高新技术企业";
    public const string TechSme = "科技型中小企业";

    public static readonly QualificationType[] Defaults =
    [
        new() { Name = HighTech, ValidYears = 3, SortOrder = 1 },
        new() { Name = TechSme, ValidYears = 1, SortOrder = 2 },
        new() { Name = "科技小巨人", ValidYears = 3, SortOrder = 3 },
        new() { Name = "专精特新中小企业", ValidYears = 3, SortOrder = 4 },
        new() { Name = "专精特新“小巨人”企业", ValidYears = 3, SortOrder = 5 },
        new() { Name = "创新型中小企业", ValidYears = 3, SortOrder = 6 },
        new() { Name = "省级企业研发中心", SortOrder = 7 },
        new() { Name = "领军企业", SortOrder = 8 },
    ];
}
