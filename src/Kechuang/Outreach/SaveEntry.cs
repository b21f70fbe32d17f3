using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>
/// POST /api/competitions/{id}/entries and PUT …/entries/{entryId}: an entry — an enterprise of the register inside the
/// caller's region (checked by <see cref="EnterpriseReference"/>), or a team by name — with its track, project and, once
/// decided, its award. One project title per competition (409).
/// </summary>
public sealed class SaveEntry(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CompetitionDto> HandleAsync(Caller caller, Guid id, Guid? entryId, EntryRequest request, CancellationToken ct = default)
    {
        var competition = await OutreachAccess.LoadCompetitionAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, competition.RegionCode);
        var entry = entryId is { } existing
            ? competition.Entries.FirstOrDefault(e => e.Id == existing) ?? throw new NotFoundException("未找到该参赛项目")
            : null;
        var validation = new Validation();
        OutreachRules.Entry(request, competition, clock.TodayInChina(), validation);
        string? name = OutreachRules.Blank(request.TeamName);
        if (request.EnterpriseId is { } enterpriseId)
        {
            // An entry of the competition's county or any other the caller may see: a county sends its own enterprises.
            await EnterpriseReference.CheckIdAsync(db, caller, enterpriseId, RegionCode.Parse(competition.RegionCode), "enterpriseId", validation, ct);
            name = (await EnterpriseLookup.NamesAsync(db, [enterpriseId], ct)).GetValueOrDefault(enterpriseId);
        }
        validation.ThrowIfAny();
        var title = request.ProjectTitle!.Trim();
        if (competition.Entries.Any(e => e.ProjectTitle == title && e.Id != entry?.Id))
        {
            throw new ConflictException($"本大赛已有参赛项目“{title}”");
        }
        if (entry is null)
        {
            entry = new CompetitionEntry { CompetitionId = competition.Id, Name = name!, ProjectTitle = title };
            db.CompetitionEntries.Add(entry);
        }
        entry.EnterpriseId = request.EnterpriseId;
        entry.Name = name!;
        entry.Leader = OutreachRules.Blank(request.Leader);
        entry.Track = OutreachRules.Blank(request.Track);
        entry.ProjectTitle = title;
        entry.Award = OutreachRules.Blank(request.Award);
        entry.AwardLevel = entry.Award is null ? null : OutreachRules.Blank(request.AwardLevel) ?? competition.Level;
        entry.AwardedOn = entry.Award is null ? null : request.AwardedOn;
        competition.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetCompetition.DtoAsync(db, competition, ct);
    }
}
