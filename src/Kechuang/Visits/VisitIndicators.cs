using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>
/// docs/domain.md §7.13, year to date at each month's end: enterprises visited (家, each counted once a year), problems
/// collected (by the visit's date) and problems solved (closed 已解决, by the closing date). A county that has recorded no
/// visit by the year's end gets no figure (docs/domain.md §3, §9: a register not in use is no data).
/// </summary>
public sealed class VisitIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "visits";
    public const string Visited = "enterprises_visited";
    public const string Collected = "visit_problems";
    public const string Solved = "visit_problems_solved";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Visited, Collected, Solved];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        foreach (var region in query.Regions)
        {
            var counts = await VisitCounts.ForYearAsync(db, region, query.Year, ct);
            if (counts is null)
            {
                continue;
            }
            for (var month = 1; month <= 12; month++)
            {
                var end = new DateOnly(query.Year, month, 1).AddMonths(1).AddDays(-1);
                var c = counts.Value.To(end);
                Add(figures, query, Visited, region, month, c.Enterprises);
                Add(figures, query, Collected, region, month, c.Problems);
                Add(figures, query, Solved, region, month, c.Solved);
            }
        }
        return figures;
    }

    private static void Add(List<DerivedFigure> figures, DerivedFigureQuery query, string code, RegionCode region, int month, decimal value)
    {
        if (query.Codes.Contains(code))
        {
            figures.Add(new DerivedFigure(code, region.Value, month, value));
        }
    }
}

/// <summary>The counts behind the indicators and the summary sentence: one definition for both.</summary>
internal readonly record struct VisitCounts(List<(Guid EnterpriseId, DateOnly On)> Visits, List<DateOnly> Raised, List<DateOnly> SolvedOn)
{
    public (int Enterprises, int Problems, int Solved) Between(DateOnly from, DateOnly to) => (
        Visits.Where(v => v.On >= from && v.On <= to).Select(v => v.EnterpriseId).Distinct().Count(),
        Raised.Count(d => d >= from && d <= to),
        SolvedOn.Count(d => d >= from && d <= to));

    public (int Enterprises, int Problems, int Solved) To(DateOnly to) => Between(new DateOnly(to.Year, 1, 1), to);

    /// <summary>The region's records of the year, or null when it has recorded no visit by the year's end.</summary>
    public static async Task<VisitCounts?> ForYearAsync(KechuangDbContext db, RegionCode region, int year, CancellationToken ct) =>
        await BetweenAsync(db, region, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);

    public static async Task<VisitCounts?> BetweenAsync(KechuangDbContext db, RegionCode region, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var match = RegionScope.MatchFor(db);
        var visits = db.Visits.AsNoTracking().Within(v => v.RegionCode, region, RegionColumn.CountyCodes, match);
        if (!await visits.AnyAsync(v => v.VisitedOn <= to, ct))
        {
            return null;
        }
        var problems = db.VisitProblems.AsNoTracking().Within(p => p.RegionCode, region, RegionColumn.CountyCodes, match);
        var held = await visits.Where(v => v.VisitedOn >= from && v.VisitedOn <= to).Select(v => new { v.EnterpriseId, v.VisitedOn }).ToListAsync(ct);
        var raised = await problems.Where(p => p.RaisedOn >= from && p.RaisedOn <= to).Select(p => p.RaisedOn).ToListAsync(ct);
        var solved = await problems.Where(p => p.Outcome == VisitRules.Solved && p.ClosedOn >= from && p.ClosedOn <= to).Select(p => p.ClosedOn!.Value).ToListAsync(ct);
        return new VisitCounts([.. held.Select(v => (v.EnterpriseId, v.VisitedOn))], raised, solved);
    }
}
