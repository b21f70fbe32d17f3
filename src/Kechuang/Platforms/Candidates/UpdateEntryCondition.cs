using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Candidates;

/// <summary>
/// PUT /api/platforms/conditions/{id}: an administrator changes a minimum when the province revises a condition; the
/// measure, kind and level stay (docs/domain.md §7.2). The audit log keeps the old value. The conditions are the
/// province's and one table serves every region, so only an administrator of a province or the country may change them.
/// </summary>
public sealed class UpdateEntryCondition(KechuangDbContext db)
{
    public async Task<EntryConditionDto> HandleAsync(Caller caller, Guid id, EntryConditionRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        if (!MayEdit(caller))
        {
            throw new ForbiddenException("认定条件由省级发布，只有省级或全国的系统管理员可以修改；本辖区管理员可以查看");
        }
        var condition = await db.PlatformEntryConditions.FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("未找到该认定条件");
        var validation = new Validation();
        EntryConditionRules.CheckMinimum(condition, request.Minimum, validation);
        validation.ThrowIfAny();
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, condition, version);
        }
        condition.Minimum = request.Minimum!.Value;
        await db.SaveChangesAsync(ct);
        return EntryConditionDto.From(condition);
    }

    /// <summary>An administrator of a province or the country: the conditions are the province's, one table for every county.</summary>
    public static bool MayEdit(Caller caller) => caller.IsIn(Roles.Admin) && caller.Region.Level <= RegionLevel.Province;
}
