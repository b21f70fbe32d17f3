using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// PUT /api/policies/{code}: a change adds an edition (docs/domain.md §7.5); the old text stays with the awards computed from
/// it, and the entries drafted but not yet published are dropped, to be drafted again under the new text.
/// </summary>
public sealed class UpdatePolicy(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyDto> HandleAsync(Caller caller, string code, PolicyRequest request, CancellationToken ct = default)
    {
        var current = await PolicyAccess.ClauseAsync(db, caller, code, track: true, ct);
        PolicyAccess.RequireWriter(caller, current);
        VersioningInterceptor.ExpectVersion(db, current, request.Version ?? current.Version);
        var v = new Validation();
        var region = await PolicyAccess.WritableRegionAsync(db, caller, request.RegionCode ?? current.RegionCode, v, ct);
        if (region.Value != current.RegionCode)
        {
            throw new ValidationFailedException("regionCode", "条款的适用地区不能修改：请另立条款");
        }
        PolicyRules.Check(request with { Code = current.Code }, v);
        current.Current = false;
        var next = PolicyClauses.New(request, current.Code, current.RegionCode, current.Edition + 1, caller, clock);
        db.PolicyClauses.Add(next);
        // Drafted entries not yet published follow the new text; published, approved and paid ones keep their edition.
        var drafts = await db.PolicyAwards.Where(a => a.Code == current.Code && a.Status == AwardStatus.Listed).ToListAsync(ct);
        db.PolicyAwards.RemoveRange(drafts);
        await db.SaveChangesAsync(ct);
        return await GetPolicy.DtoAsync(db, caller, next, ct);
    }
}

/// <summary>A clause edition made from a request.</summary>
internal static class PolicyClauses
{
    internal static PolicyClause New(PolicyRequest request, string code, string region, int edition, Caller caller, TimeProvider clock) => new()
    {
        Code = code,
        Edition = edition,
        Name = request.Name!.Trim(),
        Document = string.IsNullOrWhiteSpace(request.Document) ? null : request.Document.Trim(),
        RegionCode = region,
        Year = request.Year!.Value,
        Condition = request.Condition!.Trim(),
        Amount = request.Amount!.Trim(),
        Cap = request.Cap,
        Budget = request.Budget,
        OverBudget = request.OverBudget ?? PolicyRules.Prorate,
        AutoGrant = request.AutoGrant ?? false,
        ValidFrom = request.ValidFrom,
        ValidTo = request.ValidTo,
        CreatedAt = clock.GetUtcNow(),
        CreatedBy = caller.UserName,
    };
}
