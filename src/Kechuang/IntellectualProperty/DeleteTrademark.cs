using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>DELETE /api/ip/trademarks/{id}: a trademark registered by mistake.</summary>
public sealed class DeleteTrademark(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Leader, Roles.Staff);
        var mark = await db.Trademarks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (mark is null || !caller.CanSee(Regions.RegionCode.Parse(mark.RegionCode)))
        {
            throw new NotFoundException("未找到该商标");
        }
        IpAccess.RequireBureauWrite(caller, mark.RegionCode);
        db.Trademarks.Remove(mark);
        await db.SaveChangesAsync(ct);
    }
}
