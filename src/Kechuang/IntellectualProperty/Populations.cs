using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>GET /api/ip/populations: the population table of the caller's region and the regions under it, newest year first.</summary>
public sealed class ListPopulations(KechuangDbContext db)
{
    public async Task<IReadOnlyList<PopulationDto>> HandleAsync(Caller caller, string? regionCode, CancellationToken ct = default)
    {
        var scope = IpAccess.BureauScope(caller, regionCode);
        var rows = await db.RegionPopulations.AsNoTracking().ToListAsync(ct);   // one row per region and year: a small table
        var visible = rows.Where(p => scope.Covers(p.RegionCode)).OrderBy(p => p.RegionCode, StringComparer.Ordinal).ThenByDescending(p => p.Year).ToList();
        var names = await RegionLookup.ForAsync(db, ct, [.. visible.Select(p => p.RegionCode).Distinct()]);
        return [.. visible.Select(p => PopulationDto.From(p, names(p.RegionCode)?.Name))];
    }
}

/// <summary>
/// POST /api/ip/populations: an administrator enters a region's 年末常住人口 for a year (docs/domain.md §7.8); the same
/// region and year is replaced. Any level from the county up: a city's figure is the statistics bureau's, not a sum.
/// </summary>
public sealed class SavePopulation(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PopulationDto> HandleAsync(Caller caller, PopulationRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        var validation = new Validation();
        PatentRules.Population(request, clock.TodayInChina(), validation);
        var text = request.RegionCode?.Trim();
        var region = string.IsNullOrEmpty(text) ? null : (await RegionLookup.ForAsync(db, ct, text))(text);
        if (string.IsNullOrEmpty(text))
        {
            validation.Add("regionCode", "请填写区划代码");
        }
        else if (region is null)
        {
            validation.Add("regionCode", $"区划代码 {text} 不存在");
        }
        else if (region.Level == RegionLevel.Town)
        {
            validation.Add("regionCode", $"{region.Name}是乡镇：常住人口按县（市、区）及以上登记");
        }
        validation.ThrowIfAny();
        caller.RequireRegion(RegionCode.Parse(region!.Code));
        var row = await db.RegionPopulations.FirstOrDefaultAsync(p => p.RegionCode == region.Code && p.Year == request.Year, ct);
        row ??= db.RegionPopulations.Add(new RegionPopulation { RegionCode = region.Code, Year = request.Year!.Value }).Entity;
        row.Population = request.Population!.Value;
        row.Source = PatentRules.Blank(request.Source);
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return PopulationDto.From(row, region.Name);
    }
}

/// <summary>DELETE /api/ip/populations/{id}: a year entered by mistake (administrators of the region).</summary>
public sealed class DeletePopulation(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        var row = await db.RegionPopulations.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (row is null || !caller.CanSee(RegionCode.Parse(row.RegionCode)))
        {
            throw new NotFoundException("未找到该人口数据");
        }
        db.RegionPopulations.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}
