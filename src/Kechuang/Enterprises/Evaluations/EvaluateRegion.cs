using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises.Rules;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises.Evaluations;

public sealed record EvaluateRegionQuery(string? RegionCode = null, int? Year = null, string? Q = null, int? Page = null, int? PageSize = null);

/// <summary>
/// The cultivation view (培育视图): every enterprise of a region evaluated at once, closest to HTE first —
/// eligible, then undecided, then by how few conditions fail; current HTE holders last, soonest expiry first.
/// </summary>
/// <remarks>
/// The view sorts and counts by verdicts, failed conditions and scores, and writes the gap texts only of the page it
/// shows: writing and keeping every enterprise's texts was most of a province's evaluation time (docs/architecture.md
/// §8.1, ADR 0023). The page's enterprises are evaluated again for their texts, so each shown row comes whole from one
/// reading of its facts; the Excel export writes every row's texts (<see cref="EvaluateAllAsync"/>).
/// </remarks>
public sealed class EvaluateRegion(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CultivationView> HandleAsync(Caller caller, EvaluateRegionQuery query, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var (year, _) = EvaluationData.Defaults(query.Year, null, today);
        EvaluationRequests.CheckYear(year, today);
        EnterpriseAccess.RequireBureau(caller);
        var enterprises = EnterpriseAccess.Scoped(db, caller, query.RegionCode);
        var ranks = await RegionEvaluation.EachAsync(db, enterprises, year, today, Rank, ct);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            ranks = ranks.Where(r => r.Name.Contains(q, StringComparison.Ordinal) || r.Uscc.StartsWith(q.ToUpperInvariant(), StringComparison.Ordinal)).ToList();
        }
        ranks.Sort(Closest);
        var (page, size) = Page<CultivationRow>.Normalize(query.Page, query.PageSize);
        var shown = ranks.Skip((page - 1) * size).Take(size).Select(r => r.Id).ToList();
        var rows = (await RowsAsync(enterprises.Where(e => shown.Contains(e.Id)), year, today, ct)).ToDictionary(r => r.EnterpriseId);
        return new CultivationView(
            year,
            ranks.Count,
            ranks.Count(r => !r.HoldsHte && r.HteVerdict == Verdicts.Eligible),
            ranks.Count(r => !r.HoldsHte && r.HteVerdict == Verdicts.Undecided && !r.FactsMissing),
            ranks.Count(r => !r.HoldsHte && r.HteVerdict == Verdicts.Ineligible),
            ranks.Count(r => r.HoldsHte),
            ranks.Count(r => r.TechSmeVerdict == Verdicts.Eligible),
            // An enterprise deleted between the two readings is left out of the page.
            shown.Select(id => rows.GetValueOrDefault(id)).OfType<CultivationRow>().ToList());
    }

    /// <summary>All rows with their texts, sorted; what the Excel export writes.</summary>
    public async Task<List<CultivationRow>> EvaluateAllAsync(Caller caller, string? regionCode, int year, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireBureau(caller);
        var rows = await RowsAsync(EnterpriseAccess.Scoped(db, caller, regionCode), year, today, ct);
        rows.Sort((a, b) => Closest(Rank(a), Rank(b)));
        return rows;
    }

    private async Task<List<CultivationRow>> RowsAsync(IQueryable<Enterprise> enterprises, int year, DateOnly today, CancellationToken ct)
    {
        var regionCodes = enterprises.Select(e => e.RegionCode).Distinct();
        var regionNames = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return await RegionEvaluation.EachAsync(db, enterprises, year, today, e => Row(e, regionNames), ct);
    }

    /// <summary>What the view sorts and counts by: an enterprise's verdicts, without the texts.</summary>
    private readonly record struct Ranked(
        Guid Id, string Name, string Uscc, bool HoldsHte, DateOnly? HteExpiresOn, string HteVerdict, bool FactsMissing,
        int HteFailed, int HteScoreMax, string TechSmeVerdict);

    private static Ranked Rank(Evaluated e)
    {
        var failed = 0;
        for (var i = 0; i < e.Hte.Conditions.Count; i++)
        {
            failed += e.Hte.Conditions[i].Passed == false ? 1 : 0;
        }
        return new Ranked(e.Id, e.Name, e.Uscc, e.HteTitle is not null, e.HteTitle?.ExpiresOn, e.Hte.Verdict, e.FactsMissing,
            failed, e.Hte.ScoreMax, e.TechSme.Verdict);
    }

    private static Ranked Rank(CultivationRow r) =>
        new(r.EnterpriseId, r.Name, r.Uscc, r.HoldsHte, r.HteExpiresOn, r.HteVerdict, r.HteFactsMissing, r.HteFailed, r.HteScoreMax, r.TechSmeVerdict);

    private static CultivationRow Row(Evaluated e, IReadOnlyDictionary<string, string> regionNames)
    {
        int failed = 0, unknown = 0;
        var hteGaps = new List<string>();
        foreach (var c in e.Hte.Conditions)
        {
            if (c.Passed == false)
            {
                failed++;
                hteGaps.Add(c.Message);
            }
            else if (c.Passed is null)
            {
                unknown++;
            }
        }
        var smeGaps = new List<string>();
        foreach (var c in e.TechSme.Conditions)
        {
            if (c.Passed == false)
            {
                smeGaps.Add(c.Message);
            }
        }
        return new CultivationRow(
            e.Id, e.Name, e.Uscc, e.RegionCode, regionNames.GetValueOrDefault(e.RegionCode),
            e.HteTitle is not null, e.HteTitle?.ExpiresOn,
            e.Hte.Verdict, e.FactsMissing, e.Hte.ScoreMin, e.Hte.ScoreMax, failed, unknown, hteGaps,
            e.TechSme.Verdict, e.TechSme.Score, smeGaps);
    }

    /// <summary>
    /// Closest to HTE first: non-holders by verdict (missing facts after ineligible), fewest failed conditions, highest
    /// possible score; then holders, soonest expiry first; by name within; the id settles equal names.
    /// </summary>
    private static int Closest(Ranked a, Ranked b)
    {
        var order = a.HoldsHte.CompareTo(b.HoldsHte);
        if (order == 0 && !a.HoldsHte)
        {
            order = Rank(a.HteVerdict, a.FactsMissing).CompareTo(Rank(b.HteVerdict, b.FactsMissing));
            order = order != 0 ? order : a.HteFailed.CompareTo(b.HteFailed);
            order = order != 0 ? order : b.HteScoreMax.CompareTo(a.HteScoreMax);
        }
        order = order != 0 ? order : Nullable.Compare(a.HteExpiresOn, b.HteExpiresOn);
        order = order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
        return order != 0 ? order : a.Id.CompareTo(b.Id);
    }

    private static int Rank(string verdict, bool factsMissing) => factsMissing ? 3 : verdict switch
    {
        Verdicts.Eligible => 0,
        Verdicts.Undecided => 1,
        _ => 2,
    };
}
