using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>DELETE /api/ip/populations/{id}: a year entered by mistake (administrators of the region).</summary>
public sealed class DeletePopulation(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        var row = await db.RegionPopulations.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (row is null || !caller.CanSee(RegionCode.Parse(row.RegionCode)))
        {
            throw new NotFoundException("未找到该人口数据");
        }
        db.RegionPopulations.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}
