namespace Kechuang.Enterprises.Rules;

/// <summary>
/// One condition of a rule set: <paramref name="Passed"/> null when unknown; ratios as fractions (0.0362),
/// otherwise days, persons, points or yuan; <paramref name="Gap"/> is what is still missing when failed,
/// in the same unit (yuan for money).
/// </summary>
public sealed record Condition(string Code, bool? Passed, decimal? Actual, decimal? Required, string Message, decimal? Gap = null)
{
    internal static Condition Unknown(string code, string message) => new(code, null, null, null, message);
}
