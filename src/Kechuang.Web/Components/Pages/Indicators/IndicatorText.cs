using AntDesign;
using Kechuang.Common;
using Kechuang.Indicators.Assessment;

namespace Kechuang.Web.Components.Pages.Indicators;

/// <summary>How the indicator pages colour and label a row; the figures themselves come formatted from the core.</summary>
internal static class IndicatorText
{
    public const string Green = "#52c41a";
    public const string Red = "#f5222d";
    public const string Blue = "#1677ff";

    /// <summary>Against time progress for flows; stocks and ratios have no schedule, so only "reached the target".</summary>
    public static string BarColor(AssessmentRow row) =>
        !row.Assessed ? Blue // a 参考指标 is context, never judged (docs/domain.md §3)
        : row.OnSchedule switch
        {
            true => Green,
            false => Red,
            null => row.CompletionRate >= 1 ? Green : Blue,
        };

    public static string ScheduleWord(AssessmentRow row) =>
        !row.Assessed ? "参考指标，不计入考核"
        : row.OnSchedule switch
        {
            true => "达到序时进度",
            false => "落后序时进度",
            null => row.Kind == "flow" ? "" : row.CompletionRate >= 1 ? "已达目标" : "",
        };

    /// <summary>The last three ranked places are the laggards a city's circular names.</summary>
    public static bool IsLaggard(AssessmentRow row, int ranked) =>
        row.OnSchedule == false || (row.Rank is { } r && ranked >= 4 && r > ranked - 3);

    public static TagColor RankColor(AssessmentRow row, int ranked) =>
        row.Rank switch
        {
            null => TagColor.Default,
            <= 3 => TagColor.Green,
            { } r when ranked >= 4 && r > ranked - 3 => TagColor.Red,
            _ => TagColor.Blue,
        };

    public static string Percent(decimal fraction) => Zh.Percent(fraction, 1);

    /// <summary>Width of a completion bar: full at 100%, never wider.</summary>
    public static string BarWidth(decimal? completion) =>
        Zh.Percent(Math.Clamp(completion ?? 0, 0, 1), 1);

    public static string SourceWord(string source) => source == "derived" ? "系统计算" : "上报";
}
