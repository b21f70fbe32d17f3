using Kechuang.Common;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Regions;

/// <summary>
/// Region lookups. The division list is public reference data (GB/T 2260), so any signed-in user may read it;
/// scoping applies to the business records filed under a region, not to the list itself.
/// </summary>
public sealed class GetRegion(KechuangDbContext db)
{
    public async Task<RegionDto> HandleAsync(string code, CancellationToken ct = default) =>
        RegionDto.From(await FindAsync(code, ct));

    public async Task<Region> FindAsync(string code, CancellationToken ct = default)
    {
        if (RegionCode.Problem(code) is { } problem)
        {
            throw new ValidationFailedException("code", problem);
        }
        var value = RegionCode.Parse(code).Value;
        return await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == value, ct)
            ?? throw new NotFoundException($"未找到行政区划代码 {value}");
    }

    public async Task<IReadOnlyList<RegionDto>> ChildrenAsync(string code, CancellationToken ct = default)
    {
        var region = await FindAsync(code, ct);
        var children = await db.Regions.AsNoTracking()
            .Where(r => r.ParentCode == region.Code && r.RetiredOn == null)
            .OrderBy(r => r.Code)
            .ToListAsync(ct);
        return children.Select(RegionDto.From).ToList();
    }

    /// <summary>docs/domain.md §2: the peers of a county are the other county-level units under the same prefecture.</summary>
    public async Task<IReadOnlyList<RegionDto>> PeersAsync(string code, CancellationToken ct = default)
    {
        var region = await FindAsync(code, ct);
        var peers = await db.Regions.AsNoTracking()
            .Where(r => r.ParentCode == region.ParentCode && r.Level == region.Level && r.Code != region.Code && r.RetiredOn == null)
            .OrderBy(r => r.Code)
            .ToListAsync(ct);
        return peers.Select(RegionDto.From).ToList();
    }

    /// <summary>Path from the province down to this region, e.g. 浙江省 / 温州市 / 平阳县.</summary>
    public async Task<IReadOnlyList<RegionDto>> PathAsync(string code, CancellationToken ct = default)
    {
        var path = new List<RegionDto>();
        for (string? current = code; current is not null;)
        {
            var region = await FindAsync(current, ct);
            path.Insert(0, RegionDto.From(region));
            current = region.ParentCode;
        }
        return path;
    }
}
