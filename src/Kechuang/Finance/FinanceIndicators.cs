using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>
/// 科技贷款发放额 (docs/domain.md §7.4, §3): the year to date's 科技贷 principal by the day of lending, in yuan (the
/// catalogue shows 亿元). A region with no finance record by the year's end gets no figure (docs/domain.md §3, rank).
/// </summary>
public sealed class FinanceIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "finance";
    public const string Loans = "tech_loans";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Loans];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        if (!query.Codes.Contains(Loans))
        {
            return figures;
        }
        var start = new DateOnly(query.Year, 1, 1);
        var end = new DateOnly(query.Year, 12, 31);
        foreach (var region in query.Regions)
        {
            var records = FinanceAccess.InRegion(db, region);
            if (!await records.AnyAsync(r => r.StartOn <= end, ct))
            {
                continue;          // register not in use here: no figure at all, not 0 (docs/domain.md §3, rank)
            }
            var loans = await records.Where(r => r.Kind == FinanceWords.Loan && r.StartOn >= start && r.StartOn <= end)
                .Select(r => new { r.StartOn, r.Amount }).ToListAsync(ct);
            for (var month = 1; month <= 12; month++)
            {
                figures.Add(new DerivedFigure(Loans, region.Value, month, loans.Where(l => l.StartOn.Month <= month).Sum(l => l.Amount), InYuan: true));
            }
        }
        return figures;
    }
}
