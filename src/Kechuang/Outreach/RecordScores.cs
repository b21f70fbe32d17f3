using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>PUT /api/competitions/{id}/rounds/{roundId}/scores: the entries' scores in a round; a line without a score clears it.</summary>
public sealed class RecordScores(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CompetitionDto> HandleAsync(Caller caller, Guid id, Guid roundId, ScoresRequest request, CancellationToken ct = default)
    {
        var competition = await OutreachAccess.LoadCompetitionAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, competition.RegionCode);
        var round = competition.Rounds.FirstOrDefault(r => r.Id == roundId) ?? throw new NotFoundException("未找到该轮比赛");
        var validation = new Validation();
        OutreachRules.Scores(request, competition.Entries.Select(e => e.Id).ToHashSet(), validation);
        validation.ThrowIfAny();
        foreach (var line in request.Scores!)
        {
            var score = round.Scores.FirstOrDefault(s => s.EntryId == line.EntryId);
            if (line.Score is not { } value)
            {
                if (score is not null)
                {
                    db.Remove(score);
                }
                continue;
            }
            if (score is null)
            {
                db.Add(new RoundScore { RoundId = round.Id, EntryId = line.EntryId, Score = value });
            }
            else
            {
                score.Score = value;
            }
        }
        competition.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetCompetition.DtoAsync(db, competition, ct);
    }
}
