using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Policies;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>
/// POST /api/finance/subsidies: the interest subsidies (贴息) of a year computed by a policy clause, usually over
/// <c>loan_interest</c> (docs/domain.md §7.4): one 贴息 record per enterprise the clause lists as eligible, against its
/// largest loan running in the year, with the clause's code, the year and the trace kept as computed. An enterprise
/// that already has this clause's subsidy for the year is left as it is; one the clause cannot compute ("unknown") or
/// without a loan in the year gets none, and the result says why. Preview writes nothing.
/// </summary>
public sealed class RecordSubsidies(KechuangDbContext db, ListBeneficiaries beneficiaries, TimeProvider clock)
{
    public async Task<SubsidyResult> HandleAsync(Caller caller, SubsidyRequest request, CancellationToken ct = default)
    {
        FinanceAccess.RequireReader(caller);
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var v = new Validation();
        var today = clock.TodayInChina();
        if (string.IsNullOrWhiteSpace(request.PolicyCode))
        {
            v.Add("policyCode", "请选择计算贴息的政策条款");
        }
        if (request.Year is not (>= 2000 and <= 2100))
        {
            v.Add("year", "请填写贴息年度（2000–2100）");
        }
        if (request.PaidOn is { } paid && paid > today)
        {
            v.Add("paidOn", $"拨付日期 {paid:yyyy年M月d日} 晚于今天");
        }
        if (request.Institution?.Trim().Length > FinanceRules.MaxText)
        {
            v.Add("institution", $"拨付单位不超过{FinanceRules.MaxText}字");
        }
        v.ThrowIfAny();
        var code = request.PolicyCode!.Trim();
        var year = request.Year!.Value;
        var listed = await beneficiaries.HandleAsync(caller, code, year, ct);
        var ids = listed.Select(b => b.EnterpriseId).ToList();
        var loans = (await LoanYearQuery.InYearAsync(db, caller.Region, year, ct)).Where(l => ids.Contains(l.Key)).ToDictionary();
        var recorded = (await FinanceAccess.InRegion(db, caller.Region)
                .Where(r => r.Kind == FinanceWords.Subsidy && r.PolicyCode == code && r.PolicyYear == year && ids.Contains(r.EnterpriseId))
                .Select(r => r.EnterpriseId).ToListAsync(ct)).ToHashSet();
        var institution = Validation.Blank(request.Institution) ?? await DefaultPayerAsync(caller, ct);
        var now = clock.GetUtcNow();
        var created = new List<FinanceRecord>();
        var skipped = new List<SubsidySkipped>();
        foreach (var b in listed)
        {
            if (recorded.Contains(b.EnterpriseId))
            {
                continue;
            }
            if (b.Status != Beneficiary.Eligible)
            {
                skipped.Add(new SubsidySkipped(b.EnterpriseId, b.Name, b.Reason ?? "无法确定金额"));
                continue;
            }
            if (loans.GetValueOrDefault(b.EnterpriseId)?.Largest is not { } loan)
            {
                skipped.Add(new SubsidySkipped(b.EnterpriseId, b.Name, $"{year}年无科技贷记录，贴息无处关联"));
                continue;
            }
            created.Add(new FinanceRecord
            {
                Kind = FinanceWords.Subsidy, EnterpriseId = b.EnterpriseId, RegionCode = b.RegionCode, Institution = institution,
                Product = FinanceWords.Subsidy, Amount = b.Amount, StartOn = request.PaidOn ?? today, LoanId = loan.Id,
                PolicyCode = code, PolicyYear = year, Trace = PolicyRuns.Serialize(b.Trace),
                Note = $"按政策条款 {code} 计算的{year}年度贴息", CreatedAt = now, UpdatedAt = now,
            });
        }
        if (!request.Preview && created.Count > 0)
        {
            db.FinanceRecords.AddRange(created);
            await db.SaveChangesAsync(ct);
        }
        return new SubsidyResult(code, year, request.Preview, created.Count, recorded.Count, created.Sum(r => r.Amount),
            await ListFinanceRecords.DtosAsync(db, created, ct), skipped);
    }

    /// <summary>The bureau of the caller's region pays unless the request names the fund: "平阳县科技局".</summary>
    private async Task<string> DefaultPayerAsync(Caller caller, CancellationToken ct)
    {
        var name = await db.Regions.AsNoTracking().Where(r => r.Code == caller.Region.Value).Select(r => r.Name).FirstOrDefaultAsync(ct);
        return (name ?? "") + "科技局";
    }
}
