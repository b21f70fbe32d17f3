namespace Kechuang.Enterprises.Rules;

/// <summary>A scoring band: values at or above <see cref="AtLeast"/> earn Min–Max (each band includes its lower bound).</summary>
internal readonly record struct Band(decimal AtLeast, int Min, int Max)
{
    /// <summary>The first band (highest first) that <paramref name="value"/> reaches, else 0–0.</summary>
    /// <remarks>A loop: this runs several times for every enterprise of a batch evaluation (docs/architecture.md §8.1).</remarks>
    public static Band Pick(ReadOnlySpan<Band> bandsHighestFirst, decimal value)
    {
        foreach (var band in bandsHighestFirst)
        {
            if (value >= band.AtLeast)
            {
                return band;
            }
        }
        return new Band(0, 0, 0);
    }

    public override string ToString() => Show.Range(Min, Max);
}
