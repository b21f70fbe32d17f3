using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Commissioners;

/// <summary>Filters of the register: <see cref="Q"/> matches the name, the home institution or the field.</summary>
public sealed record ListCommissionersQuery(
    string? RegionCode = null, int? Year = null, string? Level = null, string? Kind = null, string? Q = null, int? Page = null, int? PageSize = null);

public sealed class ListCommissioners(KechuangDbContext db)
{
    public async Task<Page<CommissionerDto>> HandleAsync(Caller caller, ListCommissionersQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<CommissionerDto>.Normalize(query.Page, query.PageSize);
        var commissioners = CommissionerAccess.Scoped(db, caller, query.RegionCode);
        if (query.Year is { } year)
        {
            commissioners = commissioners.Where(c => c.Year == year);
        }
        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            var level = CommissionerWords.Level(query.Level) ?? throw new ValidationFailedException("level", $"级别应为：{string.Join("、", CommissionerWords.Levels)}");
            commissioners = commissioners.Where(c => c.Level == level);
        }
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = CommissionerWords.Kind(query.Kind) ?? throw new ValidationFailedException("kind", "类型应为：individual（个人）或 team（团队）");
            commissioners = commissioners.Where(c => c.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            commissioners = commissioners.Where(c => EF.Functions.Like(c.Name, pattern, "\\")
                || EF.Functions.Like(c.Institution!, pattern, "\\") || EF.Functions.Like(c.Field!, pattern, "\\"));
        }
        var total = await commissioners.CountAsync(ct);
        var items = await CommissionerAccess.Full(commissioners.OrderByDescending(c => c.Year).ThenBy(c => c.RegionCode).ThenBy(c => c.Name))
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. items.SelectMany(c => c.Towns.Select(t => t.TownCode).Append(c.RegionCode)).Distinct()]);
        return new Page<CommissionerDto>([.. items.Select(c => CommissionerDto.From(c, regions))], total, page, size);
    }
}
