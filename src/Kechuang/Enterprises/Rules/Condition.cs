using System.Text.Json.Serialization;

namespace Kechuang.Enterprises.Rules;

/// <summary>
/// One condition of a rule set: <see cref="Passed"/> null when unknown; ratios as fractions (0.0362),
/// otherwise days, persons, points or yuan; <see cref="Gap"/> is what is still missing when failed,
/// in the same unit (yuan for money).
/// </summary>
/// <remarks>
/// The rules hand over their <see cref="Message"/> unwritten (<see cref="Deferred"/>), written the first time it is
/// read: a province's batch evaluation reads few conditions' texts, and writing every text was the largest part of
/// its rules' time (docs/architecture.md §8.1, ADR 0023). Read, the text is the same, so equality and JSON are unchanged.
/// </remarks>
public sealed record Condition
{
    private readonly Deferred _write;
    private string? _message;

    [JsonConstructor]
    public Condition(string code, bool? passed, decimal? actual, decimal? required, string message, decimal? gap = null)
        : this(code, passed, actual, required, gap) => _message = message;

    internal Condition(string code, bool? passed, decimal? actual, decimal? required, Deferred message, decimal? gap = null)
        : this(code, passed, actual, required, gap) => _write = message;

    private Condition(string code, bool? passed, decimal? actual, decimal? required, decimal? gap)
    {
        Code = code;
        Passed = passed;
        Actual = actual;
        Required = required;
        Gap = gap;
    }

    public string Code { get; init; }

    public bool? Passed { get; init; }

    public decimal? Actual { get; init; }

    public decimal? Required { get; init; }

    /// <summary>Written once on first reading; a race writes the same text twice, harmlessly.</summary>
    public string Message
    {
        get => _message ??= _write.Write();
        init => _message = value;
    }

    public decimal? Gap { get; init; }

    internal static Condition Unknown(string code, string message) => new(code, null, null, null, message);

    public bool Equals(Condition? other) =>
        other is not null && Code == other.Code && Passed == other.Passed && Actual == other.Actual && Required == other.Required
        && Message == other.Message && Gap == other.Gap;

    public override int GetHashCode() => HashCode.Combine(Code, Passed, Actual, Required, Message, Gap);
}
