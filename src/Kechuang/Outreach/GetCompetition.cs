using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>GET /api/competitions/{id}: the competition with its entries, rounds, judges and scores.</summary>
public sealed class GetCompetition(KechuangDbContext db)
{
    public async Task<CompetitionDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var competition = await OutreachAccess.LoadCompetitionAsync(db, caller, id, ct);
        return await DtoAsync(db, competition, ct);
    }

    internal static async Task<CompetitionDto> DtoAsync(KechuangDbContext db, Competition c, CancellationToken ct)
    {
        var region = (await RegionLookup.ForAsync(db, ct, c.RegionCode))(c.RegionCode);
        var entries = c.Entries.OrderBy(e => e.Track ?? "", StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();
        var byId = entries.ToDictionary(e => e.Id);
        var rounds = c.Rounds.OrderBy(r => OutreachWords.Stages.ToList().IndexOf(r.Stage)).Select(r => new RoundDto(
            r.Id, r.Stage, r.HeldOn,
            [.. r.Judges.OrderBy(j => j.SortOrder).Select(j => new JudgeDto(j.ExpertId, j.Name, j.Organisation))],
            r.Seed, r.DrawnBy, r.DrawnAt,
            [.. OutreachRules.Ranks(r.Scores.Where(s => byId.ContainsKey(s.EntryId)).Select(s => (s.EntryId, s.Score)))
                .Select(s => new ScoreDto(s.EntryId, byId[s.EntryId].Name, byId[s.EntryId].ProjectTitle, s.Score, s.Rank))]));
        return new CompetitionDto(c.Id, c.Year, c.Name, c.Level, c.Organiser, c.RegionCode, region?.Name,
            [.. entries.Select(e => new EntryDto(e.Id, e.EnterpriseId, e.Name, e.EnterpriseId is null, e.Leader, e.Track, e.ProjectTitle, e.Award, e.AwardLevel, e.AwardedOn))],
            [.. rounds], c.Version);
    }
}
