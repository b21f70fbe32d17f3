using System.Text.RegularExpressions;
using Kechuang.Common;
using Kechuang.Indicators.Derived;

namespace Kechuang.Indicators;

/// <summary>What a catalogue entry must satisfy, shared by create and update.</summary>
internal static partial class IndicatorRules
{
    [GeneratedRegex("^[a-z][a-z0-9_]{1,63}$")]
    private static partial Regex CodePattern();

    public static void CheckCode(string? code, Validation validation) =>
        validation.Require(code is not null && CodePattern().IsMatch(code), "code",
            "指标代码须为 2–64 位小写英文字母、数字或下划线，以字母开头（如 rd_expenditure）");

    /// <summary>
    /// <paramref name="catalogue"/> is every other indicator by code; <paramref name="calculators"/> the modules'
    /// derived codes: a derived flow or stock needs a module computing it, a derived ratio its two parts.
    /// </summary>
    public static void Check(
        string code, IndicatorRequest request, IReadOnlyDictionary<string, Indicator> catalogue,
        IEnumerable<IIndicatorCalculator> calculators, Validation validation)
    {
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "请填写指标名称");
        validation.Require((request.Name?.Trim().Length ?? 0) <= 60, "name", "指标名称不能超过 60 个字");
        validation.Require(!string.IsNullOrWhiteSpace(request.Unit) && request.Unit.Trim().Length <= 10, "unit",
            $"请填写计量单位（不超过 10 个字，常用：{string.Join("、", IndicatorWords.Units)}）");
        validation.Require(IndicatorWords.Kinds.Contains(request.Kind), "kind", "指标类型须为 flow（累计值）、stock（时点值）或 ratio（比率）");
        validation.Require(request.Direction is null || IndicatorWords.Directions.Contains(request.Direction), "direction",
            "方向须为 higher（越高越好）或 lower（越低越好）");
        validation.Require(request.Source is null || IndicatorWords.Sources.Contains(request.Source), "source",
            "来源须为 reported（上报）或 derived（由系统计算）");
        if (request.Source != IndicatorWords.Derived)
        {
            return;
        }
        if (request.Kind == IndicatorWords.Ratio)
        {
            CheckPart(code, request.NumeratorCode, "numeratorCode", "分子", catalogue, validation);
            CheckPart(code, request.DenominatorCode, "denominatorCode", "分母", catalogue, validation);
        }
        else if (!calculators.Any(c => c.Codes.Contains(code)))
        {
            validation.Add("source", $"没有业务模块计算指标 {code}，请将来源设为 reported（上报）");
        }
    }

    private static void CheckPart(
        string code, string? part, string field, string word, IReadOnlyDictionary<string, Indicator> catalogue, Validation validation)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            validation.Add(field, $"由系统计算的比率指标须指定{word}指标代码");
        }
        else if (part == code)
        {
            validation.Add(field, $"{word}不能是指标自身");
        }
        else if (!catalogue.TryGetValue(part, out var other))
        {
            validation.Add(field, $"{word}指标 {part} 不存在");
        }
        else if (other.IsRatio)
        {
            validation.Add(field, $"{word}指标 {part} 本身是比率，请选择累计值或时点值指标");
        }
    }

    public static void Apply(IndicatorRequest request, Indicator indicator)
    {
        indicator.Name = request.Name!.Trim();
        indicator.Unit = request.Unit!.Trim();
        indicator.Kind = request.Kind!;
        indicator.Direction = request.Direction ?? IndicatorWords.Higher;
        indicator.Source = request.Source ?? IndicatorWords.Reported;
        var parts = indicator.IsRatio && indicator.Source == IndicatorWords.Derived;
        indicator.NumeratorCode = parts ? request.NumeratorCode : null;
        indicator.DenominatorCode = parts ? request.DenominatorCode : null;
        indicator.SortOrder = request.SortOrder ?? indicator.SortOrder;
        indicator.Retired = request.Retired ?? indicator.Retired;
        indicator.Assessed = request.Assessed ?? indicator.Assessed;
    }
}
