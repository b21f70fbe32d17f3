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
public sealed class EvaluateRegion(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CultivationView> HandleAsync(Caller caller, EvaluateRegionQuery query, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var (year, _) = EvaluationData.Defaults(query.Year, null, today);
        EvaluationRequests.CheckYear(year, today);
        var rows = await EvaluateAllAsync(caller, query.RegionCode, year, today, ct);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(r => r.Name.Contains(q, StringComparison.Ordinal) || r.Uscc.StartsWith(q.ToUpperInvariant(), StringComparison.Ordinal)).ToList();
        }
        var (page, size) = Page<CultivationRow>.Normalize(query.Page, query.PageSize);
        var candidates = rows.Where(r => !r.HoldsHte).ToList();
        return new CultivationView(
            year,
            rows.Count,
            candidates.Count(r => r.HteVerdict == Verdicts.Eligible),
            candidates.Count(r => r.HteVerdict == Verdicts.Undecided && !r.HteFactsMissing),
            candidates.Count(r => r.HteVerdict == Verdicts.Ineligible),
            rows.Count(r => r.HoldsHte),
            rows.Count(r => r.TechSmeVerdict == Verdicts.Eligible),
            rows.Skip((page - 1) * size).Take(size).ToList());
    }

    /// <summary>All rows, sorted; also what the Excel export writes.</summary>
    public async Task<List<CultivationRow>> EvaluateAllAsync(Caller caller, string? regionCode, int year, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireBureau(caller);
        var enterprises = EnterpriseAccess.Scoped(db, caller, regionCode);
        var regionCodes = enterprises.Select(e => e.RegionCode).Distinct();
        var regionNames = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var rows = await RegionEvaluation.EachAsync(db, enterprises, year, today, e => Row(e, regionNames), ct);
        rows.Sort(Closest);
        return rows;
    }

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
    private static int Closest(CultivationRow a, CultivationRow b)
    {
        var order = a.HoldsHte.CompareTo(b.HoldsHte);
        if (order == 0 && !a.HoldsHte)
        {
            order = Rank(a).CompareTo(Rank(b));
            order = order != 0 ? order : a.HteFailed.CompareTo(b.HteFailed);
            order = order != 0 ? order : b.HteScoreMax.CompareTo(a.HteScoreMax);
        }
        order = order != 0 ? order : Nullable.Compare(a.HteExpiresOn, b.HteExpiresOn);
        order = order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
        return order != 0 ? order : a.EnterpriseId.CompareTo(b.EnterpriseId);
    }

    private static int Rank(CultivationRow r) => r.HteFactsMissing ? 3 : VerdictRank(r.HteVerdict);

    private static int VerdictRank(string verdict) => verdict switch
    {
        Verdicts.Eligible => 0,
        Verdicts.Undecided => 1,
        _ => 2,
    };
}
