using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Commissioners;

/// <summary>
/// 科技特派员数 from the register (docs/domain.md §7.6): the people sent for the year — a team counts its members, a person
/// one — the same level every month of the year, since commissioners are sent for the whole year. A region with no
/// commissioner that year gets no figure, so a reported one, if any, stands (docs/domain.md §3).
/// </summary>
public sealed class CommissionerIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "commissioners";
    public const string Count = "commissioners";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Count];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        if (!query.Codes.Contains(Count))
        {
            return figures;
        }
        foreach (var region in query.Regions)
        {
            var heads = await CommissionerAccess.InRegion(db.Commissioners.AsNoTracking(), region, RegionScope.MatchFor(db))
                .Where(c => c.Year == query.Year)
                .Select(c => c.Kind == CommissionerWords.Team ? c.Members.Count : 1)
                .ToListAsync(ct);
            if (heads.Count == 0)
            {
                continue;          // register not in use here that year: no figure, not 0 (docs/domain.md §3, rank)
            }
            for (var month = 1; month <= 12; month++)
            {
                figures.Add(new DerivedFigure(Count, region.Value, month, heads.Sum()));
            }
        }
        return figures;
    }
}
