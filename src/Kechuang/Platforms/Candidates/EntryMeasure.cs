namespace Kechuang.Platforms.Candidates;

/// <summary>
/// What an entry condition measures (docs/domain.md §7.2): a closed list, each read from the enterprise register's
/// yearly facts or its titles. Which kinds and levels use which measure, and the thresholds, are data
/// (<see cref="PlatformEntryCondition"/>).
/// </summary>
public enum EntryMeasure
{
    RdExpense,
    RdRatio,
    RdStaff,
    ClassOneIp,
    SalesRevenue,
    HighTech,
    TechSme,
}

/// <summary>Each measure's Chinese name and unit; a title is a yes/no measure with an empty unit (1 = held).</summary>
public static class EntryMeasures
{
    public static readonly IReadOnlyList<EntryMeasure> All = Enum.GetValues<EntryMeasure>();

    public static string Name(EntryMeasure measure) => measure switch
    {
        EntryMeasure.RdExpense => "研发费用",
        EntryMeasure.RdRatio => "研发费用占营业收入比例",
        EntryMeasure.RdStaff => "研发人员",
        EntryMeasure.ClassOneIp => "Ⅰ类知识产权",
        EntryMeasure.SalesRevenue => "营业收入",
        EntryMeasure.HighTech => "有效高新技术企业",
        _ => "有效科技型中小企业",
    };

    public static string Unit(EntryMeasure measure) => measure switch
    {
        EntryMeasure.RdExpense or EntryMeasure.SalesRevenue => "万元",
        EntryMeasure.RdRatio => "%",
        EntryMeasure.RdStaff => "人",
        EntryMeasure.ClassOneIp => "件",
        _ => "",
    };

    /// <summary>A title held or not: its minimum is 1 (required) or 0 (not required).</summary>
    public static bool IsTitle(EntryMeasure measure) => measure is EntryMeasure.HighTech or EntryMeasure.TechSme;
}
