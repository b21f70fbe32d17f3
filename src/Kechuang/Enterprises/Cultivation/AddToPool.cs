using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises.Cultivation;

/// <summary>Marks an enterprise as a candidate for a title in a year; once per enterprise, year and title.</summary>
public sealed class AddToPool(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PoolEntryDto> HandleAsync(Caller caller, PoolEntryRequest request, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureauEdit(caller);
        var validation = new Validation();
        PoolRules.Check(request, clock.TodayInChina(), validation, creating: true);
        validation.ThrowIfAny();
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, request.EnterpriseId!.Value, ct);
        var target = request.Target!.Trim();
        if (await db.CultivationEntries.AnyAsync(c => c.EnterpriseId == enterprise.Id && c.Year == request.Year && c.Target == target, ct))
        {
            throw new ConflictException($"{enterprise.Name} 已在 {request.Year} 年{target}培育库中");
        }
        var entry = new CultivationEntry
        {
            EnterpriseId = enterprise.Id,
            Year = request.Year!.Value,
            Target = target,
            Stage = request.Stage!.Trim(),
            Notes = EnterpriseRules.Blank(request.Notes),
            UpdatedAt = clock.GetUtcNow(),
        };
        db.CultivationEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return new PoolEntryDto(entry.Id, enterprise.Id, enterprise.Name, enterprise.Uscc, enterprise.RegionCode, entry.Year, entry.Target, entry.Stage, entry.Notes, entry.UpdatedAt, entry.Version);
    }
}
