using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>GET /api/competitions: the competitions of the caller's region, newest year first, with entries and awards counted.</summary>
public sealed class ListCompetitions(KechuangDbContext db)
{
    public async Task<Page<CompetitionRowDto>> HandleAsync(Caller caller, ListCompetitionsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<CompetitionRowDto>.Normalize(query.Page, query.PageSize);
        var rows = Filtered(db, caller, query);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(c => c.Year).ThenBy(c => c.Name).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size)
            .Select(c => new { c.Id, c.Year, c.Name, c.Level, c.Organiser, c.RegionCode, c.Version, Entries = c.Entries.Count, Awards = c.Entries.Count(e => e.Award != null) })
            .ToListAsync(ct);
        var names = await RegionLookup.ForAsync(db, ct, [.. items.Select(c => c.RegionCode).Distinct()]);
        return new Page<CompetitionRowDto>(
            [.. items.Select(c => new CompetitionRowDto(c.Id, c.Year, c.Name, c.Level, c.Organiser, c.RegionCode, names(c.RegionCode)?.Name, c.Entries, c.Awards, c.Version))],
            total, page, size);
    }

    internal static IQueryable<Competition> Filtered(KechuangDbContext db, Caller caller, ListCompetitionsQuery query)
    {
        var scope = OutreachAccess.Scope(caller, query.RegionCode);
        var rows = OutreachAccess.InRegion(db.Competitions.AsNoTracking(), scope, RegionScope.MatchFor(db));
        if (query.Year is { } year)
        {
            rows = rows.Where(c => c.Year == year);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Organiser, pattern, "\\"));
        }
        return rows;
    }
}
