using Kechuang.Enterprises.Rules;

namespace Kechuang.Tests.Enterprises;

/// <summary>Shorthands for tech-SME tests: evaluation in 2025 of fiscal year 2024.</summary>
internal static class TechSme
{
    public static TechSmeEvaluation Evaluate(YearFactsBuilder facts, string? direct = null, YearFacts? previous = null) =>
        TechSmeEvaluator.Evaluate(new TechSmeInput(2025, facts.Build(), previous, direct));

    public static int Points(this TechSmeEvaluation evaluation, string code) => evaluation.Parts.Single(p => p.Code == code).Points;

    public static Condition Condition(this TechSmeEvaluation evaluation, string code) => evaluation.Conditions.Single(c => c.Code == code);
}
