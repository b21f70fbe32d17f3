using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises.Cultivation;

/// <summary>Moves a candidate to another stage (候选 → 辅导中 → 已申报 → 已认定 / 未通过) or edits its notes.</summary>
public sealed class UpdatePoolEntry(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PoolEntryDto> HandleAsync(Caller caller, Guid id, PoolEntryRequest request, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureauEdit(caller);
        var entry = await db.CultivationEntries.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("未找到该培育记录");
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, entry.EnterpriseId, ct);
        var validation = new Validation().Require(request.Version is not null, "version", "缺少版本号（version）");
        PoolRules.Check(request, clock.TodayInChina(), validation, creating: false);
        validation.ThrowIfAny();
        VersioningInterceptor.ExpectVersion(db, entry, request.Version!.Value);
        entry.Stage = request.Stage!.Trim();
        entry.Notes = EnterpriseRules.Blank(request.Notes);
        entry.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new PoolEntryDto(entry.Id, enterprise.Id, enterprise.Name, enterprise.Uscc, enterprise.RegionCode, entry.Year, entry.Target, entry.Stage, entry.Notes, entry.UpdatedAt, entry.Version);
    }
}
