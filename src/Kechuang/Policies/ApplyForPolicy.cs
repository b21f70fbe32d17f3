using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Policies;

/// <summary>POST /api/policies/{code}/applications: the enterprise applies; 409 with the reason when it cannot (see the preview).</summary>
public sealed class ApplyForPolicy(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyAwardDto> HandleAsync(Caller caller, string code, ApplyRequest request, CancellationToken ct = default)
    {
        var (enterpriseId, clause) = await PreviewPolicy.OwnAsync(db, caller, code, ct);
        var year = ListBeneficiaries.Year(request.Year, clause);
        var preview = await PreviewPolicy.PreviewAsync(db, clause, enterpriseId, year, clock.TodayInChina(), ct);
        if (!preview.CanApply)
        {
            throw new ConflictException($"不能申请：{preview.CannotApply}");
        }
        var standing = await Enterprises.EnterpriseLookup.StandingAsync(db, enterpriseId, clock.TodayInChina(), ct)
            ?? throw new NotFoundException("未找到企业");
        var uscc = await Enterprises.EnterpriseLookup.UsccAsync(db, enterpriseId, ct) ?? "";
        var now = clock.GetUtcNow();
        var award = new PolicyAward
        {
            ClauseId = clause.Id, Code = clause.Code, Year = year, EnterpriseId = enterpriseId, EnterpriseName = standing.Name, Uscc = uscc,
            RegionCode = standing.RegionCode, Source = PolicyRules.Applied, Status = AwardStatus.Applied, Amount = preview.Amount,
            Trace = PolicyRuns.Serialize(preview.Trace), AppliedAt = now, CreatedAt = now, UpdatedAt = now,
        };
        db.PolicyAwards.Add(award);
        await db.SaveChangesAsync(ct);
        return ListAwards.Dto(award, clause, preview.Trace);
    }
}
