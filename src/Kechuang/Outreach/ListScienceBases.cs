using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>GET /api/outreach/bases: the 科普基地 of the caller's region, highest level first.</summary>
public sealed class ListScienceBases(KechuangDbContext db)
{
    public async Task<IReadOnlyList<ScienceBaseDto>> HandleAsync(Caller caller, string? regionCode, string? q, CancellationToken ct = default)
    {
        var scope = OutreachAccess.Scope(caller, regionCode);
        var rows = OutreachAccess.InRegion(db.ScienceBases.AsNoTracking(), scope, RegionScope.MatchFor(db));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Common.Like.Anywhere(q.Trim());
            rows = rows.Where(b => EF.Functions.Like(b.Name, pattern, "\\") || EF.Functions.Like(b.Host, pattern, "\\"));
        }
        var items = (await rows.Take(5_000).ToListAsync(ct))
            .OrderBy(b => OutreachWords.Levels.ToList().IndexOf(b.Level)).ThenBy(b => b.RecognisedOn).ThenBy(b => b.Name, StringComparer.Ordinal).ToList();
        var names = await RegionLookup.ForAsync(db, ct, [.. items.Select(b => b.RegionCode).Distinct()]);
        return [.. items.Select(b => ScienceBaseDto.From(b, names(b.RegionCode)?.Name))];
    }
}
