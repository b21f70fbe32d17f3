using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>DELETE /api/competitions/{id}: a competition registered by mistake, with its entries, rounds and awards.</summary>
public sealed class DeleteCompetition(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var competition = await OutreachAccess.LoadCompetitionAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, competition.RegionCode);
        db.Competitions.Remove(competition);
        await db.SaveChangesAsync(ct);
    }
}
