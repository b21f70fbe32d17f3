using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Events;

/// <summary>DELETE /api/market/events/{id}: a mistaken record removed; the cooperation projects that named it keep their own record and lose the link.</summary>
public sealed class DeleteEvent(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var e = await EventAccess.LoadForWriteAsync(db, caller, id, ct);
        foreach (var cooperation in await db.CooperationProjects.Where(c => c.EventId == id).ToListAsync(ct))
        {
            (cooperation.EventId, cooperation.EventTitle) = (null, null);
        }
        db.MarketEvents.Remove(e);
        await db.SaveChangesAsync(ct);
    }
}
