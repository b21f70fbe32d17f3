using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

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
