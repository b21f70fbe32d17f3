namespace Kechuang.Enterprises.Rules;

/// <summary>A scoring band: values at or above <see cref="AtLeast"/> earn Min–Max (each band includes its lower bound).</summary>
internal readonly record struct Band(decimal AtLeast, int Min, int Max)
{
    /// <summary>The first band (highest first) that <paramref name="value"/> reaches, else 0–0.</summary>
    public static Band Pick(IEnumerable<Band> bandsHighestFirst, decimal value) =>
        bandsHighestFirst.FirstOrDefault(b => value >= b.AtLeast, new Band(0, 0, 0));

    public override string ToString() => Show.Range(Min, Max);
}
