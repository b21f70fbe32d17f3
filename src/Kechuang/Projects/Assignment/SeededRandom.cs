namespace Kechuang.Projects.Assignment;

/// <summary>
/// SplitMix64: a draw must replay from the seed in the audit log years later, whatever .NET runs it then, and
/// System.Random's seeded sequence is not promised across versions. Statistical quality is ample for draws.
/// </summary>
internal sealed class SeededRandom(long seed)
{
    private ulong state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, bound), by rejection so no value is favoured.</summary>
    public int Next(int bound)
    {
        var limit = ulong.MaxValue - ulong.MaxValue % (ulong)bound;
        ulong x;
        do
        {
            x = NextUInt64();
        }
        while (x >= limit);
        return (int)(x % (ulong)bound);
    }
}
