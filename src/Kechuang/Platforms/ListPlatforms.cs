using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Platforms.Kinds;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms;

/// <summary>Filters of the register: <see cref="Q"/> matches the platform's or the host's name; withdrawn ones only when asked.</summary>
public sealed record ListPlatformsQuery(
    string? RegionCode = null, string? Kind = null, string? Level = null, string? Q = null, bool IncludeWithdrawn = false, int? Page = null, int? PageSize = null);

public sealed class ListPlatforms(KechuangDbContext db)
{
    public async Task<Page<PlatformDto>> HandleAsync(Caller caller, ListPlatformsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<PlatformDto>.Normalize(query.Page, query.PageSize);
        var platforms = PlatformAccess.Scoped(db, caller, query.RegionCode);
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var catalogue = await PlatformCatalogue.LoadAsync(db, ct);
            var kind = catalogue.Kind(query.Kind)?.Name ?? throw new ValidationFailedException("kind", catalogue.KindMessage);
            platforms = platforms.Where(p => p.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            var level = PlatformKinds.Level(query.Level) ?? throw new ValidationFailedException("level", $"级别应为：{string.Join("、", PlatformKinds.Levels)}");
            platforms = platforms.Where(p => p.Level == level);
        }
        if (!query.IncludeWithdrawn)
        {
            platforms = platforms.Where(p => p.WithdrawnOn == null);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            platforms = platforms.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.HostName, pattern, "\\"));
        }
        var total = await platforms.CountAsync(ct);
        var items = await platforms.Include(p => p.Recognitions).Include(p => p.Evaluations)
            .OrderBy(p => p.RegionCode).ThenBy(p => p.Kind).ThenBy(p => p.Name)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. items.Select(p => p.RegionCode).Distinct()]);
        return new Page<PlatformDto>([.. items.Select(p => PlatformDto.From(p, regions(p.RegionCode)?.Name))], total, page, size);
    }
}
