using System.Text.Json.Serialization;

namespace Kechuang.Enterprises.Rules;

/// <summary>One part of the HTE innovation score (ip, conversion, rdManagement, growth) as a range.</summary>
/// <remarks>The <see cref="Basis"/> is written when first read, as a <see cref="Condition"/>'s message is.</remarks>
public sealed record ScorePart
{
    private readonly Deferred _write;
    private string? _basis;

    [JsonConstructor]
    public ScorePart(string code, int min, int max, string basis)
        : this(code, min, max) => _basis = basis;

    internal ScorePart(string code, int min, int max, Deferred basis)
        : this(code, min, max) => _write = basis;

    private ScorePart(string code, int min, int max)
    {
        Code = code;
        Min = min;
        Max = max;
    }

    public string Code { get; init; }

    public int Min { get; init; }

    public int Max { get; init; }

    public string Basis
    {
        get => _basis ??= _write.Write();
        init => _basis = value;
    }

    public bool Equals(ScorePart? other) => other is not null && Code == other.Code && Min == other.Min && Max == other.Max && Basis == other.Basis;

    public override int GetHashCode() => HashCode.Combine(Code, Min, Max, Basis);
}
