using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>DELETE /api/competitions/{id}/entries/{entryId}: an entry withdrawn, with its scores.</summary>
public sealed class DeleteEntry(KechuangDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Caller caller, Guid id, Guid entryId, CancellationToken ct = default)
    {
        var competition = await OutreachAccess.LoadCompetitionAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, competition.RegionCode);
        var entry = competition.Entries.FirstOrDefault(e => e.Id == entryId) ?? throw new NotFoundException("未找到该参赛项目");
        foreach (var round in competition.Rounds)
        {
            round.Scores.RemoveAll(s => s.EntryId == entryId);
        }
        db.CompetitionEntries.Remove(entry);
        competition.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}
