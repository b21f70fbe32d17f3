namespace Kechuang.Enterprises.Rules;

/// <summary>高新技术企业认定 (认定管理办法 2016 + 工作指引): conditions, score range and verdict.</summary>
/// <remarks>Loops, not LINQ: this runs for every enterprise of a province's batch evaluation (docs/architecture.md §8.1).</remarks>
public static class HteEvaluator
{
    public static HteEvaluation Evaluate(HteInput input)
    {
        var years = HteYears.Select(input);
        var parts = HteScore.Parts(input.Year, years);
        int min = 0, max = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            min += parts[i].Min;
            max += parts[i].Max;
        }
        var conditions = HteConditions.All(input, years, min, max);
        // innovationScore carries the score: it fails when max < 71 and passes only when min ≥ 71.
        var verdict = Verdicts.Eligible;
        for (var i = 0; i < conditions.Count && verdict != Verdicts.Ineligible; i++)
        {
            verdict = conditions[i].Passed switch
            {
                false => Verdicts.Ineligible,
                null => Verdicts.Undecided,
                _ => verdict,
            };
        }
        return new HteEvaluation(verdict, min, max, conditions, parts);
    }
}
