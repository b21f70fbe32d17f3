using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// GET /api/talent/figures (docs/domain.md §7.7): for the region and, above a county, each region under it — awards
/// announced in the year by level, funding granted and paid on them, postgraduates and postdocs recruited, foreign
/// experts with a valid permit at today (a past year: 31 December); then each programme's figures over the whole
/// region. The bureau only.
/// </summary>
public sealed class GetTalentFigures(KechuangDbContext db, TimeProvider clock)
{
    public async Task<TalentFigures> HandleAsync(Caller caller, string? regionCode, int? year, CancellationToken ct = default)
    {
        var scope = TalentAccess.BureauScope(caller, regionCode);
        var today = clock.TodayInChina();
        var y = year ?? today.Year;
        if (y < 2000 || y > today.Year)
        {
            throw new ValidationFailedException("year", $"年份应在2000年至{today.Year}年之间");
        }
        var (from, asOf) = (new DateOnly(y, 1, 1), y == today.Year ? today : new DateOnly(y, 12, 31));
        var regions = new List<Region>();
        if (await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == scope.Value, ct) is { } self)
        {
            regions.Add(self);
        }
        if (scope.Level < RegionLevel.County)
        {
            var code = scope.Value;
            regions.AddRange(await db.Regions.AsNoTracking().Where(r => r.ParentCode == code && r.RetiredOn == null).OrderBy(r => r.Code).ToListAsync(ct));
        }
        var awards = await TalentCounts.AwardsAsync(db, scope, from, asOf, ct);
        var recruits = await TalentCounts.RecruitsAsync(db, scope, from, asOf, ct);
        var experts = await TalentAccess.InRegion(db.ForeignExperts.AsNoTracking(), e => e.RegionCode, scope, db)
            .Where(e => e.ValidFrom <= asOf && e.ValidTo >= asOf).Select(e => e.RegionCode).ToListAsync(ct);
        var rows = new List<TalentFigureRow>();
        foreach (var region in regions)
        {
            var code = RegionCode.Parse(region.Code);
            var mine = awards.Where(a => code.Covers(a.RegionCode)).ToList();
            var joined = recruits.Where(r => code.Covers(r.RegionCode)).ToList();
            rows.Add(new TalentFigureRow(region.Code, region.Name,
                mine.Count(a => a.Level == TalentRules.National), mine.Count(a => a.Level == TalentRules.Provincial),
                mine.Count(a => a.Level == TalentRules.City), mine.Count(a => a.Level == TalentRules.County),
                TalentCounts.ProvincialOrAbove(mine, from, asOf), mine.Sum(a => a.FundingGranted), mine.Sum(a => a.FundingPaid),
                joined.Count(r => r.Degree == TalentRules.Master), joined.Count(r => r.Degree == TalentRules.Doctor), TalentCounts.Postdocs(joined, from, asOf),
                experts.Count(e => code.Covers(e))));
        }

        var applied = await TalentAccess.InRegion(db.TalentAwards.AsNoTracking(), a => a.RegionCode, scope, db)
            .Where(a => a.AppliedOn >= from && a.AppliedOn <= asOf).Select(a => a.ProgrammeId).ToListAsync(ct);
        var awardIds = await TalentAccess.InRegion(db.TalentAwards.AsNoTracking(), a => a.RegionCode, scope, db).Select(a => new { a.Id, a.ProgrammeId }).ToListAsync(ct);
        var ids = awardIds.Select(a => a.Id).ToList();
        var programmeOf = awardIds.ToDictionary(a => a.Id, a => a.ProgrammeId);
        var checks = await db.TalentChecks.AsNoTracking().Where(c => c.Year == y && ids.Contains(c.AwardId)).Select(c => new { c.AwardId, c.Result }).ToListAsync(ct);
        var programmes = (await db.TalentProgrammes.AsNoTracking().ToListAsync(ct)).Where(p => TalentAccess.Concerns(caller, p.RegionCode)).ToList();
        var byProgramme = programmes
            .Select(p => new ProgrammeFigureRow(p.Id, p.Name, p.Level, applied.Count(id => id == p.Id),
                awards.Count(a => a.ProgrammeId == p.Id), awards.Where(a => a.ProgrammeId == p.Id).Sum(a => a.FundingGranted),
                awards.Where(a => a.ProgrammeId == p.Id).Sum(a => a.FundingPaid),
                checks.Count(c => programmeOf[c.AwardId] == p.Id && c.Result == "合格"), checks.Count(c => programmeOf[c.AwardId] == p.Id && c.Result == "不合格")))
            .Where(r => r.Applied + r.Awarded + r.ChecksPassed + r.ChecksFailed > 0)
            .OrderBy(r => TalentRules.Levels.ToList().IndexOf(r.Level)).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        return new TalentFigures(y, asOf, rows, byProgramme);
    }
}
