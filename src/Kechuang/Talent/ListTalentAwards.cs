using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>GET /api/talent/awards: the applications and awards of the caller's region (the bureau only), newest first.</summary>
public sealed class ListTalentAwards(KechuangDbContext db)
{
    public async Task<Page<AwardDto>> HandleAsync(Caller caller, ListTalentAwardsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<AwardDto>.Normalize(query.Page, query.PageSize);
        var rows = await FilteredAsync(db, caller, query, ct);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(a => a.AppliedOn).ThenBy(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<AwardDto>(await DtosAsync(db, items, ct), total, page, size);
    }

    internal static async Task<IQueryable<TalentAward>> FilteredAsync(KechuangDbContext db, Caller caller, ListTalentAwardsQuery query, CancellationToken ct)
    {
        var rows = TalentAccess.InRegion(db.TalentAwards.AsNoTracking(), a => a.RegionCode, TalentAccess.BureauScope(caller, query.Region), db);
        if (query.ProgrammeId is { } programme)
        {
            rows = rows.Where(a => a.ProgrammeId == programme);
        }
        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            var level = query.Level.Trim();
            if (!TalentRules.Levels.Contains(level))
            {
                throw new ValidationFailedException("level", $"级别应为{string.Join("、", TalentRules.Levels)}之一");
            }
            var ids = await db.TalentProgrammes.Where(p => p.Level == level).Select(p => p.Id).ToListAsync(ct);
            rows = rows.Where(a => ids.Contains(a.ProgrammeId));
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status.Trim();
            if (!TalentRules.AwardStatuses.Contains(status))
            {
                throw new ValidationFailedException("status", $"状态应为{string.Join("、", TalentRules.AwardStatuses)}之一");
            }
            rows = rows.Where(a => a.Status == status);
        }
        if (query.Year is { } year)
        {
            if (year is < 2000 or > 2100)
            {
                throw new ValidationFailedException("year", "年份应在2000年以后");
            }
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            rows = rows.Where(a => (a.AppliedOn >= from && a.AppliedOn <= to) || (a.DecidedOn >= from && a.DecidedOn <= to));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(a => EF.Functions.Like(a.PersonName, pattern, "\\") || EF.Functions.Like(a.Employer, pattern, "\\") || EF.Functions.Like(a.Field, pattern, "\\"));
        }
        return rows;
    }

    internal static async Task<List<AwardDto>> DtosAsync(KechuangDbContext db, IReadOnlyList<TalentAward> awards, CancellationToken ct)
    {
        var ids = awards.Select(a => a.Id).ToList();
        var programmeIds = awards.Select(a => a.ProgrammeId).Distinct().ToList();
        var programmes = await db.TalentProgrammes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var checks = (await db.TalentChecks.AsNoTracking().Where(c => ids.Contains(c.AwardId)).ToListAsync(ct)).ToLookup(c => c.AwardId);
        return [.. awards.Select(a => AwardDto.From(a, programmes.GetValueOrDefault(a.ProgrammeId), checks[a.Id]))];
    }
}
