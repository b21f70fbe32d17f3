using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Kinds;

/// <summary>
/// DELETE /api/platforms/kinds/{name}: a kind added by mistake. Only one nothing refers to: no platform on any
/// register, withdrawn ones included (their history names it), and no entry condition.
/// </summary>
public sealed class DeletePlatformKind(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, string name, CancellationToken ct = default)
    {
        CreatePlatformKind.RequireEditor(caller);
        var key = name.Trim();
        var kind = await db.PlatformKinds.FirstOrDefaultAsync(k => k.Name == key, ct)
            ?? throw new NotFoundException($"没有名为“{key}”的平台类型");
        var platforms = await db.Platforms.CountAsync(p => p.Kind == key, ct);
        if (platforms > 0)
        {
            throw new ConflictException($"不能删除“{key}”：已有{platforms}个该类型的平台登记（含其他县区和已撤销的）");
        }
        var conditions = await db.PlatformEntryConditions.CountAsync(c => c.Kind == key, ct);
        if (conditions > 0)
        {
            throw new ConflictException($"不能删除“{key}”：该类型设有{conditions}项认定条件");
        }
        db.PlatformKinds.Remove(kind);
        await db.SaveChangesAsync(ct);
    }
}
