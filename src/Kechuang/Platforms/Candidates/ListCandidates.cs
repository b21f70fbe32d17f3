using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Platforms.Kinds;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Candidates;

/// <summary>GET /api/platforms/candidates: a kind at a level, the fiscal year (last year by default), the region (the caller's by default).</summary>
public sealed record CandidateQuery(string? Kind, string? Level, int? Year = null, string? RegionCode = null, int? Page = null, int? PageSize = null);

/// <summary>
/// The candidate list (docs/domain.md §7.2): every enterprise of the region with facts for the year and no platform of
/// the kind at the level or higher, each entry condition checked with its gap; those meeting all first, then by
/// fewest failed conditions, then by the smallest total gap relative to the minimums.
/// </summary>
public sealed class ListCandidates(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CandidateList> HandleAsync(Caller caller, CandidateQuery query, CancellationToken ct = default)
    {
        var (kind, level, year, conditions, rows) = await EvaluateAllAsync(caller, query, ct);
        var (page, size) = Page<CandidateDto>.Normalize(query.Page, query.PageSize);
        return new CandidateList(
            kind, level, year, [.. conditions.Select(EntryConditionDto.From)], rows.Count(r => r.Met),
            [.. rows.Skip((page - 1) * size).Take(size)], rows.Count, page, size);
    }

    /// <summary>All rows, sorted; also what the Excel export writes.</summary>
    public async Task<(string Kind, string Level, int Year, IReadOnlyList<PlatformEntryCondition> Conditions, IReadOnlyList<CandidateDto> Rows)> EvaluateAllAsync(
        Caller caller, CandidateQuery query, CancellationToken ct)
    {
        PlatformAccess.RequireReader(caller);
        var region = caller.ScopeTo(query.RegionCode) ?? caller.Region;
        var today = clock.TodayInChina();
        var year = query.Year ?? today.Year - 1;
        var (kind, level) = await CheckAsync(query, year, today, ct);
        var conditions = await db.PlatformEntryConditions.AsNoTracking().Where(c => c.Kind == kind && c.Level == level).ToListAsync(ct);

        var facts = await EnterpriseYearFactsQuery.InRegionAsync(db, region, year, today, ct);
        var holders = await HoldersAsync(region, kind, level, ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. facts.Select(f => f.RegionCode).Distinct()]);
        var rows = facts.Where(f => !holders.Contains(f.EnterpriseId))
            .Select(f => (Facts: f, Checks: EntryConditionRules.Evaluate(conditions, f)))
            .Select(x => (x.Facts, x.Checks, Failed: EntryConditionRules.Failed(x.Checks), Gap: EntryConditionRules.RelativeGap(x.Checks)))
            .OrderBy(x => x.Failed > 0)
            .ThenBy(x => x.Failed)
            .ThenBy(x => x.Gap)
            .ThenBy(x => x.Facts.Name, StringComparer.Ordinal)
            .Select(x => new CandidateDto(
                x.Facts.EnterpriseId, x.Facts.Name, x.Facts.Uscc, x.Facts.RegionCode, regions(x.Facts.RegionCode)?.Name, x.Failed == 0, x.Failed, x.Checks))
            .ToList();
        return (kind, level, year, [.. conditions.OrderBy(c => c.SortOrder)], rows);
    }

    /// <summary>The kind and level asked for, which must exist and have conditions; a fiscal year already begun.</summary>
    private async Task<(string Kind, string Level)> CheckAsync(CandidateQuery query, int year, DateOnly today, CancellationToken ct)
    {
        var catalogue = await PlatformCatalogue.LoadAsync(db, ct);
        var v = new Validation();
        var kind = catalogue.Kind(query.Kind);
        if (kind is null)
        {
            v.Add("kind", catalogue.KindMessage);
        }
        PlatformRules.KindLevel(kind, query.Level, v);
        if (year < 1990 || year > today.Year)
        {
            v.Add("year", $"年度 {year} 无效：应在 1990–{today.Year} 之间");
        }
        v.ThrowIfAny();
        var level = PlatformKinds.Level(query.Level)!;
        if (!await db.PlatformEntryConditions.AnyAsync(c => c.Kind == kind!.Name && c.Level == level, ct))
        {
            var set = await db.PlatformEntryConditions.AsNoTracking().Select(c => new { c.Kind, c.Level }).Distinct().ToListAsync(ct);
            throw new ValidationFailedException("level",
                $"{level}{kind!.Name}还没有设置认定条件；已设置的有：{string.Join("、", set.OrderBy(s => s.Kind).ThenBy(s => s.Level).Select(s => s.Level + s.Kind))}");
        }
        return (kind!.Name, level);
    }

    /// <summary>Enterprises already holding the kind at this level or higher, not withdrawn: an upgrade from below still counts as a candidate.</summary>
    private async Task<HashSet<Guid>> HoldersAsync(RegionCode region, string kind, string level, CancellationToken ct)
    {
        var platforms = db.Platforms.AsNoTracking().Where(p => p.Kind == kind && p.EnterpriseId != null && p.WithdrawnOn == null);
        if (region.Level != RegionLevel.Town)
        {
            platforms = PlatformAccess.InRegion(platforms, region, RegionScope.MatchFor(db));
        }
        var held = await platforms.Select(p => new { p.EnterpriseId, p.Level }).ToListAsync(ct);
        return [.. held.Where(p => PlatformKinds.Rank(p.Level) >= PlatformKinds.Rank(level)).Select(p => p.EnterpriseId!.Value)];
    }
}
