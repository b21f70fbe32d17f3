using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// The counts behind the figures, the indicators and the summary (docs/domain.md §7.7), one definition for all three:
/// awards by the day they were announced (入选), recruits by the day they joined, foreign experts by their permit's dates.
/// </summary>
internal static class TalentCounts
{
    public sealed record AwardRow(Guid Id, Guid ProgrammeId, string Level, string RegionCode, DateOnly DecidedOn, decimal FundingGranted, decimal FundingPaid);

    /// <summary>The region's awards (入选) announced from <paramref name="from"/> to <paramref name="to"/>, with their programme's level.</summary>
    public static async Task<List<AwardRow>> AwardsAsync(KechuangDbContext db, RegionCode region, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await TalentAccess.InRegion(db.TalentAwards.AsNoTracking(), a => a.RegionCode, region, db)
            .Where(a => a.Status == TalentRules.Awarded && a.DecidedOn >= from && a.DecidedOn <= to)
            .Select(a => new { a.Id, a.ProgrammeId, a.RegionCode, DecidedOn = a.DecidedOn!.Value, a.FundingGranted, a.FundingPaid }).ToListAsync(ct);
        var levels = await db.TalentProgrammes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Level, ct);
        // Summed in memory: SQLite cannot SUM the decimals (ADR 0006).
        return [.. rows.Select(r => new AwardRow(r.Id, r.ProgrammeId, levels.GetValueOrDefault(r.ProgrammeId, ""), r.RegionCode, r.DecidedOn, r.FundingGranted, r.FundingPaid))];
    }

    /// <summary>The degrees and days of the region's recruits from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task<List<(string Degree, DateOnly On, string RegionCode)>> RecruitsAsync(KechuangDbContext db, RegionCode region, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await TalentAccess.InRegion(db.TalentRecruits.AsNoTracking(), r => r.RegionCode, region, db)
            .Where(r => r.RecruitedOn >= from && r.RecruitedOn <= to)
            .Select(r => new { r.Degree, r.RecruitedOn, r.RegionCode }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Degree, r.RecruitedOn, r.RegionCode))];
    }

    public static int ProvincialOrAbove(IEnumerable<AwardRow> awards, DateOnly from, DateOnly to) =>
        awards.Count(a => TalentRules.ProvincialOrAbove(a.Level) && a.DecidedOn >= from && a.DecidedOn <= to);

    /// <summary>研究生: 硕士 and 博士 (a postdoc is counted on its own).</summary>
    public static int Postgraduates(IEnumerable<(string Degree, DateOnly On, string RegionCode)> recruits, DateOnly from, DateOnly to) =>
        recruits.Count(r => r.Degree is TalentRules.Master or TalentRules.Doctor && r.On >= from && r.On <= to);

    public static int Postdocs(IEnumerable<(string Degree, DateOnly On, string RegionCode)> recruits, DateOnly from, DateOnly to) =>
        recruits.Count(r => r.Degree == TalentRules.Postdoc && r.On >= from && r.On <= to);

    /// <summary>Whether the registers are in use in the region by <paramref name="to"/>: any application filed or recruit reported by then.</summary>
    public static async Task<bool> InUseAsync(KechuangDbContext db, RegionCode region, DateOnly to, CancellationToken ct) =>
        await TalentAccess.InRegion(db.TalentAwards.AsNoTracking(), a => a.RegionCode, region, db).AnyAsync(a => a.AppliedOn <= to, ct)
        || await TalentAccess.InRegion(db.TalentRecruits.AsNoTracking(), r => r.RegionCode, region, db).AnyAsync(r => r.RecruitedOn <= to, ct);
}
