using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Cooperation;

/// <summary>DELETE /api/market/cooperations/{id}: a mistaken record removed with its payments; its need keeps its status (the broker sets it).</summary>
public sealed class DeleteCooperation(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var c = await CooperationAccess.LoadForWriteAsync(db, caller, id, ct);
        db.CooperationProjects.Remove(c);
        await db.SaveChangesAsync(ct);
    }
}
