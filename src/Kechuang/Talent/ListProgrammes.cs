using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// GET /api/talent/programmes: the programmes concerning the caller's region — run above it (国家级, 省级, the city's) or
/// inside it — by level, then name; <c>all</c> includes retired ones.
/// </summary>
public sealed class ListProgrammes(KechuangDbContext db)
{
    public async Task<IReadOnlyList<ProgrammeDto>> HandleAsync(Caller caller, bool all, CancellationToken ct = default)
    {
        TalentAccess.BureauScope(caller, null);
        var rows = await db.TalentProgrammes.AsNoTracking().ToListAsync(ct);   // a catalogue of a few dozen rows
        var visible = rows.Where(p => TalentAccess.Concerns(caller, p.RegionCode) && (all || !p.Retired))
            .OrderBy(p => TalentRules.Levels.ToList().IndexOf(p.Level)).ThenBy(p => p.RegionCode, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var names = await RegionLookup.ForAsync(db, ct, [.. visible.Select(p => p.RegionCode).Distinct()]);
        return [.. visible.Select(p => ProgrammeDto.From(p, names(p.RegionCode)?.Name))];
    }
}
