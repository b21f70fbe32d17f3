using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// The indicators the enterprise register answers by itself (DOMAIN.md §3: 新认定高企数 from qualifications):
/// new HTEs and tech-SME registrations this year to each month's end, HTEs holding a valid certificate at each
/// month's end, and from the yearly facts the above-scale enterprises that reported and those with R&amp;D.
/// </summary>
public sealed class EnterpriseIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string NewHte = "new_hte_count";
    public const string HteTotal = "hte_total";
    public const string TechSme = "tech_sme_count";
    public const string RdActive = "rd_active_enterprises";
    public const string Reporting = "reporting_above_scale_enterprises";

    public const string RegisterName = "enterprises";

    public string Register => RegisterName;

    public IReadOnlyCollection<string> Codes { get; } = [NewHte, HteTotal, TechSme, RdActive, Reporting];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var enterprises = Under(query.Regions);
        if (query.Codes.Any(c => c is NewHte or HteTotal or TechSme))
        {
            figures.AddRange(await TitlesAsync(enterprises, query, ct));
        }
        if (query.Codes.Any(c => c is RdActive or Reporting))
        {
            figures.AddRange(await FactsAsync(enterprises, query, ct));
        }
        return figures;
    }

    private async Task<IEnumerable<DerivedFigure>> TitlesAsync(IQueryable<Enterprise> enterprises, DerivedFigureQuery query, CancellationToken ct)
    {
        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 31);
        var titles = await (
            from q in db.Qualifications.AsNoTracking()
            join e in enterprises on q.EnterpriseId equals e.Id
            where (q.Type == QualificationType.HighTech || q.Type == QualificationType.TechSme)
                && q.IssuedOn <= last && (q.ExpiresOn == null || q.ExpiresOn >= first || q.IssuedOn >= first)
            select new { Place = e.TownCode ?? e.RegionCode, q.EnterpriseId, q.Type, Title = q })
            .ToListAsync(ct);
        var figures = new List<DerivedFigure>();
        foreach (var region in query.Regions)
        {
            var mine = titles.Where(t => Covers(region, t.Place)).ToList();
            for (var month = 1; month <= 12; month++)
            {
                var monthEnd = new DateOnly(query.Year, month, 1).AddMonths(1).AddDays(-1);
                int IssuedThisYear(string type) => mine
                    .Where(t => t.Type == type && t.Title.IssuedOn >= first && t.Title.IssuedOn <= monthEnd)
                    .Select(t => t.EnterpriseId).Distinct().Count();
                if (query.Codes.Contains(NewHte))
                {
                    figures.Add(new DerivedFigure(NewHte, region.Value, month, IssuedThisYear(QualificationType.HighTech)));
                }
                if (query.Codes.Contains(TechSme))
                {
                    figures.Add(new DerivedFigure(TechSme, region.Value, month, IssuedThisYear(QualificationType.TechSme)));
                }
                if (query.Codes.Contains(HteTotal))
                {
                    var valid = mine.Where(t => t.Type == QualificationType.HighTech && t.Title.IsValidOn(monthEnd))
                        .Select(t => t.EnterpriseId).Distinct().Count();
                    figures.Add(new DerivedFigure(HteTotal, region.Value, month, valid));
                }
            }
        }
        return figures;
    }

    /// <summary>Yearly facts describe the whole year, so every month of it shows the same count.</summary>
    private async Task<IEnumerable<DerivedFigure>> FactsAsync(IQueryable<Enterprise> enterprises, DerivedFigureQuery query, CancellationToken ct)
    {
        var facts = await (
            from f in db.EnterpriseYears.AsNoTracking()
            join e in enterprises on f.EnterpriseId equals e.Id
            where f.Year == query.Year && e.AboveScale
            select new { Place = e.TownCode ?? e.RegionCode, Rd = f.RdExpense > 0 })
            .ToListAsync(ct);
        var figures = new List<DerivedFigure>();
        foreach (var region in query.Regions)
        {
            var mine = facts.Where(f => Covers(region, f.Place)).ToList();
            if (mine.Count == 0)
            {
                continue;
            }
            for (var month = 1; month <= 12; month++)
            {
                if (query.Codes.Contains(RdActive))
                {
                    figures.Add(new DerivedFigure(RdActive, region.Value, month, mine.Count(f => f.Rd)));
                }
                if (query.Codes.Contains(Reporting))
                {
                    figures.Add(new DerivedFigure(Reporting, region.Value, month, mine.Count));
                }
            }
        }
        return figures;
    }

    /// <summary>The enterprises under any of the (sibling) regions, read once for all of them.</summary>
    private IQueryable<Enterprise> Under(IReadOnlyList<RegionCode> regions)
    {
        var enterprises = db.Enterprises.AsNoTracking();
        if (regions.All(r => r.Level == RegionLevel.County))
        {
            var codes = regions.Select(r => r.Value).ToList();
            return enterprises.Where(e => codes.Contains(e.RegionCode));
        }
        var prefixes = regions.Select(r => r.ScopePrefix).ToList();
        var common = prefixes.Aggregate((a, b) => a[..Enumerable.Range(0, Math.Min(a.Length, b.Length)).TakeWhile(i => a[i] == b[i]).Count()]);
        return common.Length == 0 ? enterprises : enterprises.Where(e => e.RegionCode.StartsWith(common));
    }

    private static bool Covers(RegionCode region, string place) =>
        region.Level == RegionLevel.Town ? place == region.Value : place.StartsWith(region.ScopePrefix, StringComparison.Ordinal);
}
