using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>DELETE /api/competitions/{id}/rounds/{roundId}: a round registered by mistake, with its judges and scores.</summary>
public sealed class DeleteRound(KechuangDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Caller caller, Guid id, Guid roundId, CancellationToken ct = default)
    {
        var competition = await OutreachAccess.LoadCompetitionAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, competition.RegionCode);
        var round = competition.Rounds.FirstOrDefault(r => r.Id == roundId) ?? throw new NotFoundException("未找到该轮比赛");
        db.CompetitionRounds.Remove(round);
        competition.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}
