using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises.Rules;
using Kechuang.IntellectualProperty;
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
        // Only the columns the rules read: a province's register is hundreds of thousands of rows.
        var list = await enterprises
            .Select(e => new Enterprise { Id = e.Id, Name = e.Name, Uscc = e.Uscc, RegionCode = e.RegionCode, FoundedOn = e.FoundedOn, TechnologyField = e.TechnologyField })
            .ToListAsync(ct);
        var ids = enterprises.Select(e => e.Id);
        var factRows = await db.EnterpriseYears.AsNoTracking()
                .Where(f => f.Year >= year - 2 && f.Year <= year && ids.Contains(f.EnterpriseId))
                .Select(f => new
                {
                    f.EnterpriseId,
                    Facts = new YearFacts(f.Year, f.Staff, f.TechStaff, f.SalesRevenue, f.TotalIncome, f.HighTechIncome, f.RdExpense,
                        f.RdExpenseDomestic, f.TotalCostsAndExpenses, f.TotalAssets, f.NetAssets, f.ClassOneIp ?? 0, f.ClassTwoIp ?? 0, f.Conversions,
                        f.MajorViolation, f.IpAdvancement, f.IpCoreRole, f.IpOwnRd, f.RdManagement),
                    OneMissing = f.Year == year && f.ClassOneIp == null,
                    TwoMissing = f.Year == year && f.ClassTwoIp == null,
                })
                .ToListAsync(ct);
        // §4.1/§4.2: year Y's unreported IP counts come from the patent register, read once for those enterprises.
        var unreported = factRows.Where(f => f.OneMissing || f.TwoMissing).Select(f => f.EnterpriseId).ToList();
        var register = await EnterprisePatentsQuery.ValidOnAsync(db, unreported, today, ct);
        var facts = factRows.ToLookup(f => f.EnterpriseId,
            f => EvaluationData.WithRegister(f.Facts, f.OneMissing, f.TwoMissing, register.GetValueOrDefault(f.EnterpriseId), today));
        var titles = (await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.EnterpriseId))
                .Select(q => new Qualification { EnterpriseId = q.EnterpriseId, Type = q.Type, Number = "", IssuedOn = q.IssuedOn, ExpiresOn = q.ExpiresOn, RevokedOn = q.RevokedOn })
                .ToListAsync(ct))
            .ToLookup(q => q.EnterpriseId);
        var regionCodes = list.Select(e => e.RegionCode).Distinct().ToList();
        var regionNames = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);

        var rows = new CultivationRow[list.Count];
        Parallel.For(0, list.Count, i => rows[i] = Row(list[i], year, today, facts[list[i].Id], titles[list[i].Id], regionNames));
        return rows.OrderBy(r => r.HoldsHte)
            .ThenBy(r => r.HoldsHte ? 0 : r.HteFactsMissing ? 3 : VerdictRank(r.HteVerdict))
            .ThenBy(r => r.HoldsHte ? 0 : r.HteFailed)
            .ThenByDescending(r => r.HoldsHte ? 0 : r.HteScoreMax)
            .ThenBy(r => r.HteExpiresOn)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static CultivationRow Row(Enterprise e, int year, DateOnly today, IEnumerable<YearFacts> facts, IEnumerable<Qualification> titles,
        IReadOnlyDictionary<string, string> regionNames)
    {
        var factList = facts.ToList();
        var hte = HteEvaluator.Evaluate(EvaluationData.HteInput(e, year, today, factList));
        var titleList = titles.ToList();
        var sme = TechSmeEvaluator.Evaluate(EvaluationData.TechSmeInput(year, factList, EvaluationData.DirectQualification(titleList, today)));
        var hteTitle = titleList.Where(q => q.Type == QualificationType.HighTech && q.IsValidOn(today)).MaxBy(q => q.ExpiresOn);
        return new CultivationRow(
            e.Id, e.Name, e.Uscc, e.RegionCode, regionNames.GetValueOrDefault(e.RegionCode),
            hteTitle is not null, hteTitle?.ExpiresOn,
            hte.Verdict, factList.All(f => f.Year != year), hte.ScoreMin, hte.ScoreMax,
            hte.Conditions.Count(c => c.Passed == false), hte.Conditions.Count(c => c.Passed is null),
            hte.Conditions.Where(c => c.Passed == false).Select(c => c.Message).ToList(),
            sme.Verdict, sme.Score,
            sme.Conditions.Where(c => c.Passed == false).Select(c => c.Message).ToList());
    }

    private static int VerdictRank(string verdict) => verdict switch
    {
        Verdicts.Eligible => 0,
        Verdicts.Undecided => 1,
        _ => 2,
    };
}
