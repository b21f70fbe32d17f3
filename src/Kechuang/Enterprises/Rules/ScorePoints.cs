using System.Text.Json.Serialization;

namespace Kechuang.Enterprises.Rules;

/// <summary>One part of the tech-SME score (techStaff, rd, ip) in whole points.</summary>
/// <remarks>The <see cref="Basis"/> is written when first read, as a <see cref="Condition"/>'s message is.</remarks>
public sealed record ScorePoints
{
    private readonly Deferred _write;
    private string? _basis;

    [JsonConstructor]
    public ScorePoints(string code, int points, string basis)
        : this(code, points) => _basis = basis;

    internal ScorePoints(string code, int points, Deferred basis)
        : this(code, points) => _write = basis;

    private ScorePoints(string code, int points)
    {
        Code = code;
        Points = points;
    }

    public string Code { get; init; }

    public int Points { get; init; }

    public string Basis
    {
        get => _basis ??= _write.Write();
        init => _basis = value;
    }

    public bool Equals(ScorePoints? other) => other is not null && Code == other.Code && Points == other.Points && Basis == other.Basis;

    public override int GetHashCode() => HashCode.Combine(Code, Points, Basis);
}
