using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Talent;

/// <summary>
/// 入选省级以上人才计划人数, 新招引研究生数 and 新招引博士后数 from the talent registers (docs/domain.md §7.7), from 1
/// January to each month's end. A region with no application filed and no recruit reported by the year's end gets no
/// figure (docs/domain.md §3).
/// </summary>
public sealed class TalentIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "talent";
    public const string Awarded = "talents_awarded";
    public const string Postgraduates = "postgraduates_recruited";
    public const string Postdocs = "postdocs_recruited";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Awarded, Postgraduates, Postdocs];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var start = new DateOnly(query.Year, 1, 1);
        var end = new DateOnly(query.Year, 12, 31);
        foreach (var region in query.Regions)
        {
            if (!await TalentCounts.InUseAsync(db, region, end, ct))
            {
                continue;          // registers not in use here: no figure at all, not 0 (docs/domain.md §3)
            }
            var awards = await TalentCounts.AwardsAsync(db, region, start, end, ct);
            var recruits = await TalentCounts.RecruitsAsync(db, region, start, end, ct);
            for (var month = 1; month <= 12; month++)
            {
                var monthEnd = new DateOnly(query.Year, month, 1).AddMonths(1).AddDays(-1);
                if (query.Codes.Contains(Awarded))
                {
                    figures.Add(new DerivedFigure(Awarded, region.Value, month, TalentCounts.ProvincialOrAbove(awards, start, monthEnd)));
                }
                if (query.Codes.Contains(Postgraduates))
                {
                    figures.Add(new DerivedFigure(Postgraduates, region.Value, month, TalentCounts.Postgraduates(recruits, start, monthEnd)));
                }
                if (query.Codes.Contains(Postdocs))
                {
                    figures.Add(new DerivedFigure(Postdocs, region.Value, month, TalentCounts.Postdocs(recruits, start, monthEnd)));
                }
            }
        }
        return figures;
    }
}
