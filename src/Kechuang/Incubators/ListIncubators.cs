using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Incubators;

/// <summary>Filters of the register: <see cref="Q"/> matches the name or the operator.</summary>
public sealed record ListIncubatorsQuery(string? RegionCode = null, string? Kind = null, string? Level = null, string? Q = null, int? Page = null, int? PageSize = null);

public sealed class ListIncubators(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<IncubatorDto>> HandleAsync(Caller caller, ListIncubatorsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<IncubatorDto>.Normalize(query.Page, query.PageSize);
        var incubators = IncubatorAccess.Scoped(db, caller, query.RegionCode);
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = IncubatorWords.Kind(query.Kind) ?? throw new ValidationFailedException("kind", $"载体类型应为：{string.Join("、", IncubatorWords.Kinds)}");
            incubators = incubators.Where(i => i.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            var level = IncubatorWords.Level(query.Level) ?? throw new ValidationFailedException("level", $"级别应为：{string.Join("、", IncubatorWords.Levels)}");
            incubators = incubators.Where(i => i.Level == level);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            incubators = incubators.Where(i => EF.Functions.Like(i.Name, pattern, "\\") || EF.Functions.Like(i.Operator!, pattern, "\\"));
        }
        var total = await incubators.CountAsync(ct);
        var items = await incubators.Include(i => i.Areas).Include(i => i.Tenants).OrderByDescending(i => i.OpenedOn).ThenBy(i => i.Name)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. items.Select(i => i.RegionCode).Distinct()]);
        var today = clock.TodayInChina();
        return new Page<IncubatorDto>([.. items.Select(i => IncubatorDto.From(i, regions(i.RegionCode)?.Name, today))], total, page, size);
    }
}
