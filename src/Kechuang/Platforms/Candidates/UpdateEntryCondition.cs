using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Candidates;

/// <summary>
/// PUT /api/platforms/conditions/{id}: an administrator changes a minimum when the province revises a condition; the
/// measure, kind and level stay (docs/domain.md §7.2). The audit log keeps the old value.
/// </summary>
public sealed class UpdateEntryCondition(KechuangDbContext db)
{
    public async Task<EntryConditionDto> HandleAsync(Caller caller, Guid id, EntryConditionRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
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
}
