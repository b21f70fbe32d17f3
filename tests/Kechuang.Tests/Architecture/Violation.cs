namespace Kechuang.Tests.Architecture;

/// <summary>One offending use: the type that uses, what it uses, and why that is not allowed.</summary>
public sealed record Violation(string Source, string Target, string Why)
{
    /// <summary>What an allow-list names: "Source → Target".</summary>
    public string Key => $"{Source} → {Target}";

    public override string ToString() => $"{Key}  ({Why})";
}
