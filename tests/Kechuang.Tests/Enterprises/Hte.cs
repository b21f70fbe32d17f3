using Kechuang.Enterprises.Rules;

namespace Kechuang.Tests.Enterprises;

/// <summary>Shorthands for HTE tests: application for fiscal year 2024, checked on 2025-05-01.</summary>
internal static class Hte
{
    public static readonly DateOnly AsOf = new(2025, 5, 1);

    public static HteEvaluation Evaluate(IReadOnlyList<YearFacts> facts, DateOnly? foundedOn = null, string? field = "电子信息") =>
        HteEvaluator.Evaluate(new HteInput(2024, foundedOn ?? new DateOnly(2015, 3, 1), AsOf, field, facts));

    public static HteEvaluation Evaluate(params YearFactsBuilder[] years) => Evaluate([.. years.Select(y => y.Build())]);

    public static Condition Condition(this HteEvaluation evaluation, string code) => evaluation.Conditions.Single(c => c.Code == code);

    public static ScorePart Part(this HteEvaluation evaluation, string code) => evaluation.ScoreParts.Single(p => p.Code == code);
}
