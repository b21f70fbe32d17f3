using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>DELETE /api/ip/cases/{id}: a dispute registered by mistake.</summary>
public sealed class DeleteIpCase(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Leader, Roles.Staff);
        var row = await db.IpCases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (row is null || !caller.CanSee(Regions.RegionCode.Parse(row.RegionCode)))
        {
            throw new NotFoundException("未找到该纠纷案件");
        }
        IpAccess.RequireBureauWrite(caller, row.RegionCode);
        db.IpCases.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}
