using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Platforms.Candidates;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Kinds;

/// <summary>
/// POST /api/platforms/kinds: a kind the province has created, with its levels (docs/domain.md §7.2). One table serves
/// every county, so only a province or country administrator adds one, as with the entry conditions.
/// </summary>
public sealed class CreatePlatformKind(KechuangDbContext db)
{
    public async Task<PlatformKindDto> HandleAsync(Caller caller, PlatformKindRequest request, CancellationToken ct = default)
    {
        RequireEditor(caller);
        var validation = new Validation();
        PlatformKindRules.Name(request.Name, validation);
        var levels = PlatformKindRules.Levels(request.Levels, validation);
        validation.ThrowIfAny();
        var name = request.Name!.Trim();
        if (await db.PlatformKinds.AnyAsync(k => k.Name == name, ct))
        {
            throw new ConflictException($"平台类型“{name}”已存在；要增减它的级别请修改该类型");
        }
        var last = await db.PlatformKinds.MaxAsync(k => (int?)k.SortOrder, ct) ?? 0;
        var kind = new PlatformKindDefinition { Name = name, Levels = PlatformKindDefinition.Join(levels), SortOrder = last + 10 };
        db.PlatformKinds.Add(kind);
        await db.SaveChangesAsync(ct);
        return new PlatformKindDto(kind.Id, kind.Name, kind.ToKind().Levels, 0, 0, kind.Version);
    }

    /// <summary>Kinds and levels are the province's, like the entry conditions: the same administrators edit both.</summary>
    internal static void RequireEditor(Caller caller)
    {
        caller.RequireRole(Roles.Admin);
        if (!UpdateEntryCondition.MayEdit(caller))
        {
            throw new ForbiddenException("平台类型和级别由省级确定，只有省级或全国的系统管理员可以修改；本辖区管理员可以查看");
        }
    }
}
