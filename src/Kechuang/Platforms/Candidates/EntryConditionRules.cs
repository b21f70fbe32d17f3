using Kechuang.Common;
using Kechuang.Enterprises;
using static System.FormattableString;

namespace Kechuang.Platforms.Candidates;

/// <summary>
/// Checks an enterprise's year against a kind's entry conditions (docs/domain.md §7.2), and what a minimum may be.
/// Pure: no database.
/// </summary>
public static class EntryConditionRules
{
    /// <summary>Each condition in order, with the actual value in the condition's unit and the gap when it fails.</summary>
    public static IReadOnlyList<EntryCheck> Evaluate(IEnumerable<PlatformEntryCondition> conditions, EnterpriseYearFacts facts) =>
        [.. conditions.OrderBy(c => c.SortOrder).Select(c => Check(c, facts))];

    public static EntryCheck Check(PlatformEntryCondition condition, EnterpriseYearFacts facts)
    {
        var measure = condition.Measure;
        var name = EntryMeasures.Name(measure);
        var unit = EntryMeasures.Unit(measure);
        var code = measure.ToString();
        var required = condition.Minimum;
        if (EntryMeasures.IsTitle(measure))
        {
            var held = measure == EntryMeasure.HighTech ? facts.HighTech : facts.TechSme;
            var passed = held || required <= 0;
            var message = held ? $"是{name}" : required <= 0 ? $"不是{name}（本项不作要求）" : $"不是{name}";
            return new EntryCheck(code, passed, held ? 1 : 0, required, message, passed ? null : 1, name, unit);
        }
        if (Actual(measure, facts) is not { } actual)
        {
            return new EntryCheck(code, null, null, required, $"营业收入为 0，无法计算{name}", null, name, unit);
        }
        var shown = Floor(actual);
        if (actual >= required)
        {
            return new EntryCheck(code, true, shown, required, Invariant($"{name} {Zh.Amount(shown, unit)}，不低于 {Zh.Amount(required, unit)}"), null, name, unit);
        }
        // Round the gap up and the actual down: a value just short never reads as reaching the minimum.
        var gap = Ceiling(required - actual);
        return new EntryCheck(code, false, shown, required,
            Invariant($"{name} {Zh.Amount(shown, unit)}，低于 {Zh.Amount(required, unit)}：还差 {Zh.Amount(gap, unit)}"), gap, name, unit);
    }

    /// <summary>The fact in the measure's unit: money in 万元, the ratio in percent of sales; null when it cannot be computed.</summary>
    public static decimal? Actual(EntryMeasure measure, EnterpriseYearFacts facts) => measure switch
    {
        EntryMeasure.RdExpense => facts.RdExpense / 10_000m,
        EntryMeasure.SalesRevenue => facts.SalesRevenue / 10_000m,
        EntryMeasure.RdRatio => facts.SalesRevenue > 0 ? facts.RdExpense / facts.SalesRevenue * 100m : null,
        EntryMeasure.RdStaff => facts.TechStaff,
        EntryMeasure.ClassOneIp => facts.ClassOneIp,
        EntryMeasure.HighTech => facts.HighTech ? 1 : 0,
        _ => facts.TechSme ? 1 : 0,
    };

    /// <summary>Conditions not passed, an unknown one included: it still stands between the enterprise and the title.</summary>
    public static int Failed(IReadOnlyList<EntryCheck> checks) => checks.Count(c => c.Passed != true);

    /// <summary>The sum of each failed condition's gap as a share of its minimum (a missing title or fact counts 1): the order of the list after the failed count.</summary>
    public static decimal RelativeGap(IReadOnlyList<EntryCheck> checks) =>
        checks.Where(c => c.Passed != true)
            .Sum(c => c.Gap is { } gap && c.Unit.Length > 0 && c.Required is { } required && required > 0 ? gap / required : 1m);

    /// <summary>A minimum: given, not negative, at most two decimals; a percentage at most 100, a title 0 or 1.</summary>
    public static void CheckMinimum(PlatformEntryCondition condition, decimal? minimum, Validation v)
    {
        var name = EntryMeasures.Name(condition.Measure);
        if (minimum is not { } value)
        {
            v.Add("minimum", $"请填写{name}的最低要求");
        }
        else if (value < 0)
        {
            v.Add("minimum", $"{name}的最低要求不能为负数");
        }
        else if (decimal.Round(value, 2) != value)
        {
            v.Add("minimum", $"{name}的最低要求最多保留两位小数");
        }
        else if (EntryMeasures.IsTitle(condition.Measure) && value is not (0 or 1))
        {
            v.Add("minimum", $"{name}的要求只能为 1（须具备）或 0（不作要求）");
        }
        else if (condition.Measure == EntryMeasure.RdRatio && value > 100)
        {
            v.Add("minimum", $"{name}不能超过 100%");
        }
    }

    private static decimal Floor(decimal value) => decimal.Floor(value * 100m) / 100m;

    private static decimal Ceiling(decimal value) => decimal.Ceiling(value * 100m) / 100m;
}
