using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>PUT /api/policy-ceilings: sets a region's 总额度 for a year (staff and admins of the region).</summary>
public sealed class SavePolicyCeiling(KechuangDbContext db)
{
    public async Task<CeilingDto> HandleAsync(Caller caller, CeilingRequest request, CancellationToken ct = default)
    {
        var v = new Validation();
        var region = await PolicyAccess.WritableRegionAsync(db, caller, request.RegionCode, v, ct);
        v.Require(request.Year is >= 2000 and <= 2100, "year", "请填写年度（2000–2100）");
        v.Require(request.Amount is > 0 and <= PolicyRules.MaxMoney, "amount", "总额度应大于0且不超过100亿元");
        v.Require(request.Amount is null || decimal.Round(request.Amount.Value, 2) == request.Amount, "amount", "总额度最多保留到分");
        v.Require(request.Exemptions is null || request.Exemptions.Length <= 500, "exemptions", "不计入总额度的条款不能超过500个字符");
        v.ThrowIfAny();
        var row = await db.PolicyCeilings.FirstOrDefaultAsync(c => c.RegionCode == region.Value && c.Year == request.Year, ct);
        if (row is null)
        {
            row = new PolicyCeiling { RegionCode = region.Value, Year = request.Year!.Value };
            db.PolicyCeilings.Add(row);
        }
        else
        {
            VersioningInterceptor.ExpectVersion(db, row, request.Version ?? row.Version);
        }
        row.Amount = request.Amount!.Value;
        row.Exemptions = string.Join(",", new PolicyCeiling { RegionCode = "", Exemptions = request.Exemptions ?? "" }.ExemptCodes.Order(StringComparer.Ordinal));
        row.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        await db.SaveChangesAsync(ct);
        return Dto(row);
    }

    internal static CeilingDto Dto(PolicyCeiling c) => new(c.Id, c.RegionCode, c.Year, c.Amount, [.. c.ExemptCodes.Order(StringComparer.Ordinal)], c.Note, c.Version);
}
