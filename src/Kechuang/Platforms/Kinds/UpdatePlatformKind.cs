using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Kinds;

/// <summary>
/// PUT /api/platforms/kinds/{name}: the levels a kind is recognised at. A level may be added freely; one may be taken
/// away only when no platform on any register holds it and no entry condition is set for it, since one table serves
/// every county and a platform's level must stay one its kind has (docs/domain.md §7.2).
/// </summary>
public sealed class UpdatePlatformKind(KechuangDbContext db)
{
    public async Task<PlatformKindDto> HandleAsync(Caller caller, string name, PlatformKindRequest request, CancellationToken ct = default)
    {
        CreatePlatformKind.RequireEditor(caller);
        var key = name.Trim();
        var kind = await db.PlatformKinds.FirstOrDefaultAsync(k => k.Name == key, ct)
            ?? throw new NotFoundException($"没有名为“{key}”的平台类型");
        var validation = new Validation();
        var levels = PlatformKindRules.Levels(request.Levels, validation);
        validation.ThrowIfAny();
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, kind, version);
        }

        var removed = kind.ToKind().Levels.Except(levels).ToList();
        if (removed.Count > 0)
        {
            var held = await db.Platforms.AsNoTracking().Where(p => p.Kind == key && p.WithdrawnOn == null && removed.Contains(p.Level))
                .GroupBy(p => p.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            if (held.Count > 0)
            {
                throw new ConflictException($"不能取消{string.Join("、", held.Select(h => h.Key))}：仍有{string.Join("、", held.Select(h => $"{h.Count}个{h.Key}{key}"))}在册（含其他县区）；请先撤销或升级这些平台");
            }
            var conditions = await db.PlatformEntryConditions.AsNoTracking().Where(c => c.Kind == key && removed.Contains(c.Level)).CountAsync(ct);
            if (conditions > 0)
            {
                throw new ConflictException($"不能取消{string.Join("、", removed)}：{key}在该级别设有{conditions}项认定条件");
            }
        }
        kind.Levels = PlatformKindDefinition.Join(levels);
        await db.SaveChangesAsync(ct);
        var platforms = await PlatformAccess.Scoped(db, caller, null).CountAsync(p => p.Kind == key && p.WithdrawnOn == null, ct);
        var count = await db.PlatformEntryConditions.CountAsync(c => c.Kind == key, ct);
        return new PlatformKindDto(kind.Id, kind.Name, kind.ToKind().Levels, platforms, count, kind.Version);
    }
}
