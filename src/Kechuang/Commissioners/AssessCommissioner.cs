using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Commissioners;

/// <summary>
/// 年度考核 (docs/domain.md §7.6): staff or an admin of the region grades a commissioner's service year once; a second
/// grade is a conflict naming the first, since a record is one year.
/// </summary>
public sealed class AssessCommissioner(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CommissionerDto> HandleAsync(Caller caller, Guid id, CommissionerAssessmentRequest request, CancellationToken ct = default)
    {
        var found = await CommissionerAccess.LoadAsync(db, caller, id, ct);
        CommissionerAccess.RequireWrite(caller, RegionCode.Parse(found.RegionCode));
        var today = clock.TodayInChina();
        var validation = new Validation();
        CommissionerRules.Assessment(found, request, today, validation);
        validation.ThrowIfAny();
        if (found.AssessmentGrade is { } given)
        {
            throw new ConflictException($"“{found.Name}”{found.Year}年度已考核为“{given}”，不能重复考核");
        }

        var commissioner = await CommissionerAccess.Full(db.Commissioners).FirstAsync(c => c.Id == id, ct);
        commissioner.AssessmentGrade = request.Grade!.Trim();
        commissioner.AssessmentRemark = string.IsNullOrWhiteSpace(request.Remark) ? null : request.Remark.Trim();
        commissioner.AssessedOn = today;
        commissioner.AssessedBy = caller.UserName;
        commissioner.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);   // the version token turns a concurrent second grade into a 409
        var regions = await RegionLookup.ForAsync(db, ct, [commissioner.RegionCode, .. commissioner.Towns.Select(t => t.TownCode)]);
        return CommissionerDto.From(commissioner, regions);
    }
}
