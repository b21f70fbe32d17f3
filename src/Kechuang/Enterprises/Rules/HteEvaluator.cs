namespace Kechuang.Enterprises.Rules;

/// <summary>高新技术企业认定 (认定管理办法 2016 + 工作指引): conditions, score range and verdict.</summary>
public static class HteEvaluator
{
    public static HteEvaluation Evaluate(HteInput input)
    {
        var years = HteYears.Select(input);
        var parts = HteScore.Parts(input.Year, years);
        var min = parts.Sum(p => p.Min);
        var max = parts.Sum(p => p.Max);
        var conditions = HteConditions.All(input, years, min, max);
        // innovationScore carries the score: it fails when max < 71 and passes only when min ≥ 71.
        var verdict = conditions.Any(c => c.Passed == false) ? Verdicts.Ineligible
            : conditions.All(c => c.Passed == true) ? Verdicts.Eligible
            : Verdicts.Undecided;
        return new HteEvaluation(verdict, min, max, conditions, parts);
    }
}
