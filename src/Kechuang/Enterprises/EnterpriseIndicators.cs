using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// The indicators the enterprise register answers by itself (docs/domain.md §3: 新认定高企数 from qualifications):
/// new HTEs and tech-SME registrations this year to each month's end, HTEs holding a valid certificate at each
/// month's end, and from the yearly facts the above-scale enterprises that reported and those with R&amp;D.
/// Only for a region whose register is in use that year (docs/domain.md §3): the title counts where at least one
/// enterprise there holds an HTE or tech-SME title that matters in the year or has yearly facts for it, the fact
/// counts where above-scale enterprises reported facts; any other region gets no figures, so it is not ranked.
/// </summary>
public sealed class EnterpriseIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "enterprises";
    public const string NewHte = "new_hte_count";
    public const string HteTotal = "hte_total";
    public const string TechSme = "tech_sme_count";
    public const string RdActive = "rd_active_enterprises";
    public const string Reporting = "reporting_above_scale_enterprises";

    public string Register => RegisterName;

    public IReadOnlyCollection<string> Codes { get; } = [NewHte, HteTotal, TechSme, RdActive, Reporting];

    /// <summary>Every enterprise is registered in a county (EnterpriseRules) and each figure counts enterprises.</summary>
    public bool SumsCounties => true;

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var facts = await FactCountsAsync(query, ct);
        if (query.Codes.Any(c => c is NewHte or HteTotal or TechSme))
        {
            figures.AddRange(await TitlesAsync(query, facts.ConvertAll(f => f.Place), ct));
        }
        if (query.Codes.Any(c => c is RdActive or Reporting))
        {
            figures.AddRange(Facts(query, facts));
        }
        return figures;
    }

    internal sealed record TitleRow(string Place, Guid EnterpriseId, string Type, DateOnly IssuedOn, DateOnly? ExpiresOn, DateOnly? RevokedOn);

    internal sealed record FactCount(string Place, long AboveScale, long Rd);

    /// <summary>
    /// The HTE and tech-SME titles of enterprises in <paramref name="regions"/> that matter in <paramref name="year"/>:
    /// issued by its end and not expired before its start.
    /// </summary>
    private static async Task<List<TitleRow>> TitleRowsAsync(KechuangDbContext db, IReadOnlyList<RegionCode> regions, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var (where, parameters) = Under(regions, [QualificationType.HighTech, QualificationType.TechSme, first, last]);
        // CROSS JOIN: SQLite keeps the enterprises (found by region) outside and looks their titles up by id;
        // left to itself it walks every title of the type (~2 s at 200,000 enterprises). PostgreSQL plans it as a join.
        // Only parameter placeholders are spliced in: the region filter is built from {n} slots.
        var sql = $$"""
            SELECT COALESCE(e."TownCode", e."RegionCode") AS "Place", q."EnterpriseId", q."Type", q."IssuedOn", q."ExpiresOn", q."RevokedOn"
            FROM "Enterprises" AS e CROSS JOIN "Qualifications" AS q
            WHERE q."EnterpriseId" = e."Id" AND {{where}} AND q."Type" IN ({0}, {1}) AND q."IssuedOn" <= {3}
              AND (q."ExpiresOn" IS NULL OR q."ExpiresOn" >= {2} OR q."IssuedOn" >= {2})
            """;
        return await db.Database.SqlQueryRaw<TitleRow>(sql, parameters).ToListAsync(ct);
    }

    /// <summary>
    /// Per place (county or town) with at least one enterprise that has yearly facts for the year: how many of those
    /// are above scale, and how many of these spent on R&amp;D. One pass over the year's facts, counted in the database
    /// (two passes and 85,000 rows brought back cost ~550 ms of the province's cold dashboard).
    /// </summary>
    private async Task<List<FactCount>> FactCountsAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var (where, parameters) = Under(query.Regions, [query.Year]);
        var sql = $$"""
            SELECT COALESCE(e."TownCode", e."RegionCode") AS "Place",
                   SUM(CASE WHEN e."AboveScale" THEN 1 ELSE 0 END) AS "AboveScale",
                   SUM(CASE WHEN e."AboveScale" AND f."RdExpense" > 0 THEN 1 ELSE 0 END) AS "Rd"
            FROM "Enterprises" AS e CROSS JOIN "EnterpriseYears" AS f
            WHERE f."EnterpriseId" = e."Id" AND {{where}} AND f."Year" = {0}
            GROUP BY COALESCE(e."TownCode", e."RegionCode")
            """;
        return await db.Database.SqlQueryRaw<FactCount>(sql, parameters).ToListAsync(ct);
    }

    private async Task<IEnumerable<DerivedFigure>> TitlesAsync(DerivedFigureQuery query, List<string> factPlaces, CancellationToken ct)
    {
        var first = new DateOnly(query.Year, 1, 1);
        var titles = await TitleRowsAsync(db, query.Regions, query.Year, ct);
        var figures = new List<DerivedFigure>();
        foreach (var region in query.Regions)
        {
            var mine = titles.Where(t => region.Covers(t.Place)).ToList();
            if (mine.Count == 0 && !factPlaces.Exists(p => region.Covers(p)))
            {
                continue;   // the register is not in use here this year: no figure, not 0
            }
            for (var month = 1; month <= 12; month++)
            {
                var monthEnd = new DateOnly(query.Year, month, 1).AddMonths(1).AddDays(-1);
                int IssuedThisYear(string type) => mine
                    .Where(t => t.Type == type && t.IssuedOn >= first && t.IssuedOn <= monthEnd)
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
                    var valid = mine.Where(t => t.Type == QualificationType.HighTech && ValidOn(t, monthEnd))
                        .Select(t => t.EnterpriseId).Distinct().Count();
                    figures.Add(new DerivedFigure(HteTotal, region.Value, month, valid));
                }
            }
        }
        return figures;
    }

    /// <summary>The same rule as <see cref="Qualification.IsValidOn"/>: issued, not expired, not revoked on the date.</summary>
    internal static bool ValidOn(TitleRow title, DateOnly date) =>
        title.IssuedOn <= date && (title.ExpiresOn is not { } expires || expires >= date) && (title.RevokedOn is not { } revoked || revoked > date);

    /// <summary>Yearly facts describe the whole year, so every month of it shows the same count.</summary>
    private static List<DerivedFigure> Facts(DerivedFigureQuery query, List<FactCount> facts)
    {
        var figures = new List<DerivedFigure>();
        foreach (var region in query.Regions)
        {
            var mine = facts.Where(f => region.Covers(f.Place)).ToList();
            var aboveScale = mine.Sum(f => f.AboveScale);
            if (aboveScale == 0)
            {
                continue;
            }
            var rd = mine.Sum(f => f.Rd);
            for (var month = 1; month <= 12; month++)
            {
                if (query.Codes.Contains(RdActive))
                {
                    figures.Add(new DerivedFigure(RdActive, region.Value, month, rd));
                }
                if (query.Codes.Contains(Reporting))
                {
                    figures.Add(new DerivedFigure(Reporting, region.Value, month, aboveScale));
                }
            }
        }
        return figures;
    }

    /// <summary>
    /// The filter on <c>e</c> for the (sibling) regions, read once for all of them: county codes as a list, anything
    /// else as the regions' common code prefix. Parameters follow <paramref name="leading"/>.
    /// </summary>
    private static (string Where, object[] Parameters) Under(IReadOnlyList<RegionCode> regions, object[] leading)
    {
        var parameters = leading.ToList();
        if (regions.All(r => r.Level == RegionLevel.County))
        {
            var slots = regions.Select(r =>
            {
                parameters.Add(r.Value);
                return $"{{{parameters.Count - 1}}}";
            });
            return ($"e.\"RegionCode\" IN ({string.Join(", ", slots)})", parameters.ToArray());
        }
        var prefixes = regions.Select(r => r.ScopePrefix).ToList();
        var common = prefixes.Aggregate((a, b) => a[..Enumerable.Range(0, Math.Min(a.Length, b.Length)).TakeWhile(i => a[i] == b[i]).Count()]);
        parameters.Add(common + "%");
        return ($"e.\"RegionCode\" LIKE {{{parameters.Count - 1}}}", parameters.ToArray());
    }
}
