using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Incubators;

/// <summary>
/// An incubation carrier (孵化载体, docs/domain.md §7.3): a 众创空间, 孵化器, 加速器, 科技园 or 星创天地 of a county, with the
/// space it has put into use over the years. It opened when its first space came into use.
/// </summary>
public sealed class Incubator : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => IncubatorIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>One of <see cref="IncubatorWords.Kinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="IncubatorWords.Levels"/> (国家级 … 县级): the highest recognition it holds.</summary>
    public required string Level { get; set; }

    /// <summary>The county it is in.</summary>
    public required string RegionCode { get; set; }

    public string? Operator { get; set; }
    public string? Address { get; set; }

    /// <summary>When its first space came into use.</summary>
    public DateOnly OpenedOn { get; set; }

    public List<IncubatorArea> Areas { get; init; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The space in use on <paramref name="date"/>, m².</summary>
    public decimal AreaOn(DateOnly date) => Areas.Where(a => a.InUseOn <= date).Sum(a => a.AreaSqm);
}

/// <summary>Space a carrier put into use on a date (m²): the first is its opening, later ones are 新增孵化空间.</summary>
public sealed class IncubatorArea : IFeedsIndicators
{
    string IFeedsIndicators.Register => IncubatorIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid IncubatorId { get; init; }
    public decimal AreaSqm { get; set; }
    public DateOnly InUseOn { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The words of the register (docs/domain.md §7.3).</summary>
public static class IncubatorWords
{
    public static readonly IReadOnlyList<string> Kinds = ["众创空间", "孵化器", "加速器", "科技园", "星创天地"];

    /// <summary>Highest first; "省" and "省级" are the same level.</summary>
    public static readonly IReadOnlyList<string> Levels = ["国家级", "省级", "市级", "县级"];

    /// <summary>Ten square kilometres: more than any carrier; a larger figure is a unit mistake (m² vs 万m²).</summary>
    public const decimal MaxAreaSqm = 10_000_000m;

    public static string? Level(string? text) =>
        text?.Trim() is { Length: > 0 } t ? Levels.FirstOrDefault(l => l == t || l == t + "级") : null;

    public static string? Kind(string? text) => text?.Trim() is { Length: > 0 } t ? Kinds.FirstOrDefault(k => k == t) : null;
}
