namespace Kechuang.Talent;

/// <summary>
/// The programmes every deployment starts with (docs/domain.md §7.7): the national and Zhejiang provincial programmes
/// an enterprise of the province applies to, and Wenzhou's. Their funding standards differ by category and year, so
/// they are left for the bureau to enter; county programmes are the county's own.
/// </summary>
public static class TalentProgrammes
{
    private static readonly DateTimeOffset Shipped = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly TalentProgramme[] Seed =
    [
        Make("0193f000-0000-7000-8000-000000000701", "国家海外高层次人才引进计划", TalentRules.National, "100000"),
        Make("0193f000-0000-7000-8000-000000000702", "国家高层次人才特殊支持计划（国家“万人计划”）", TalentRules.National, "100000"),
        Make("0193f000-0000-7000-8000-000000000703", "浙江省“鲲鹏行动”计划", TalentRules.Provincial, "330000"),
        Make("0193f000-0000-7000-8000-000000000704", "浙江省海外高层次人才引进计划", TalentRules.Provincial, "330000"),
        Make("0193f000-0000-7000-8000-000000000705", "浙江省高层次人才特殊支持计划（省“万人计划”）", TalentRules.Provincial, "330000"),
        Make("0193f000-0000-7000-8000-000000000706", "温州市“瓯越英才计划”", TalentRules.City, "330300"),
    ];

    private static TalentProgramme Make(string id, string name, string level, string region) => new()
    {
        Id = Guid.Parse(id), Name = name, Level = level, RegionCode = region, UpdatedAt = Shipped,
    };
}
