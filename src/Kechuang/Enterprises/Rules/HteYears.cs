namespace Kechuang.Enterprises.Rules;

/// <summary>Which fiscal years an HTE check uses.</summary>
internal static class HteYears
{
    /// <summary>
    /// Oldest first: the consecutive years ending at the application year, at most three, none before the
    /// founding year (认定管理办法 第十一条(五): a younger company uses its actual years). Empty when the
    /// application year itself has no facts; a missing middle year ends the run.
    /// </summary>
    public static IReadOnlyList<YearFacts> Select(HteInput input)
    {
        var used = new List<YearFacts>(HteThresholds.RdYears);
        for (var year = input.Year; year > input.Year - HteThresholds.RdYears && year >= input.FoundedOn.Year; year--)
        {
            if (Last(input.Facts, year) is not { } facts)
            {
                break;
            }
            used.Insert(0, facts);
        }
        return used;
    }

    /// <summary>The year's facts, the last given when there are several; a loop, not a lookup: this runs for every
    /// enterprise of a province's batch evaluation (docs/architecture.md §8.1).</summary>
    private static YearFacts? Last(IReadOnlyList<YearFacts> facts, int year)
    {
        for (var i = facts.Count - 1; i >= 0; i--)
        {
            if (facts[i].Year == year)
            {
                return facts[i];
            }
        }
        return null;
    }
}
