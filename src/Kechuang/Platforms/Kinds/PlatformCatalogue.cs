using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Kinds;

/// <summary>The kinds a bureau registers with their levels, read from the table for one request (docs/domain.md §7.2).</summary>
public sealed class PlatformCatalogue(IReadOnlyList<PlatformKind> kinds)
{
    public IReadOnlyList<PlatformKind> Kinds { get; } = kinds;

    /// <summary>The kinds as published before any administrator changed them: for pure rules and their tests.</summary>
    public static PlatformCatalogue Defaults { get; } = new(PlatformKinds.Defaults);

    public PlatformKind? Kind(string? name) => name?.Trim() is { Length: > 0 } n ? Kinds.FirstOrDefault(k => k.Name == n) : null;

    /// <summary>"平台类型应为：…", the message every check gives for an unknown kind.</summary>
    public string KindMessage => $"平台类型应为：{string.Join("、", Kinds.Select(k => k.Name))}";

    public static async Task<PlatformCatalogue> LoadAsync(KechuangDbContext db, CancellationToken ct)
    {
        var rows = await db.PlatformKinds.AsNoTracking().ToListAsync(ct);
        return new([.. rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => r.ToKind())]);
    }
}
