namespace Kechuang.Enterprises.Rules;

/// <summary>
/// <paramref name="Verdict"/> is one of <see cref="Verdicts"/>; the innovation score is a range because
/// experts pick the point inside each band.
/// </summary>
public sealed record HteEvaluation(string Verdict, int ScoreMin, int ScoreMax, IReadOnlyList<Condition> Conditions, IReadOnlyList<ScorePart> ScoreParts);
