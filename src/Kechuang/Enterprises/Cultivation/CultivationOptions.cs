namespace Kechuang.Enterprises.Cultivation;

/// <summary>The choices a cultivation-pool entry offers, for forms and checks (pages use these, not the entity).</summary>
public static class CultivationOptions
{
    public static readonly IReadOnlyList<string> Stages = ["候选", "辅导中", "已申报", "已认定", "未通过"];
    public static readonly IReadOnlyList<string> Targets = [QualificationType.HighTech, QualificationType.TechSme];
}
