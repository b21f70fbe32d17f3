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
        var byYear = input.Facts.GroupBy(f => f.Year).ToDictionary(g => g.Key, g => g.Last());
        var used = new List<YearFacts>();
        for (var year = input.Year; year > input.Year - HteThresholds.RdYears && year >= input.FoundedOn.Year; year--)
        {
            if (!byYear.TryGetValue(year, out var facts))
            {
                break;
            }
            used.Insert(0, facts);
        }
        return used;
    }
}
