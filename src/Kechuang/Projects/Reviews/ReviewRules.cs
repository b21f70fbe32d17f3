namespace Kechuang.Projects.Reviews;

/// <summary>Limits and figures of the review (docs/domain.md §6.5).</summary>
public static class ReviewRules
{
    public const int MaxText = 200;
    public const int MaxComment = 2000;

    /// <summary>An expert's total this far from the application's mean (on 100) is shown as an outlier for the bureau to look at.</summary>
    public const decimal OutlierGap = 15m;

    /// <summary>Field affinity of an expert for an application: its main field, another of its fields, none (ADR 0017).</summary>
    public static int Affinity(IReadOnlyList<string> expertFields, string? applicationField)
    {
        if (string.IsNullOrWhiteSpace(applicationField) || expertFields.Count == 0)
        {
            return 0;
        }
        var field = applicationField.Trim();
        return expertFields[0] == field ? 10 : expertFields.Contains(field) ? 6 : 0;
    }

    /// <summary>The weighted total on 100: each criterion's score over its maximum, times its weight (the weights make 100).</summary>
    public static decimal Total(IEnumerable<(decimal Score, decimal Max, decimal Weight)> scores) =>
        Math.Round(scores.Sum(s => s.Max == 0 ? 0 : s.Score / s.Max * s.Weight), 2);
}
