using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>POST /api/competitions/{id}/rounds: 初赛, 复赛 or 决赛 with its day; each stage once (400 for a second).</summary>
public sealed class AddRound(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CompetitionDto> HandleAsync(Caller caller, Guid id, RoundRequest request, CancellationToken ct = default)
    {
        var competition = await OutreachAccess.LoadCompetitionAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, competition.RegionCode);
        var validation = new Validation();
        OutreachRules.Round(request, competition, validation);
        validation.ThrowIfAny();
        db.CompetitionRounds.Add(new CompetitionRound { CompetitionId = competition.Id, Stage = request.Stage!.Trim(), HeldOn = request.HeldOn!.Value });
        competition.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetCompetition.DtoAsync(db, competition, ct);
    }
}
