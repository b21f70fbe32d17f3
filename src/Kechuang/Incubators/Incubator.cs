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
    public List<IncubatorTenant> Tenants { get; init; } = [];
    public List<IncubatorActivity> Activities { get; init; } = [];
    public List<IncubatorEvaluation> Evaluations { get; init; } = [];

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

/// <summary>
/// An enterprise or a start-up team in residence (在孵企业) from the day it entered until it left, as a graduate (毕业) or
/// not. An enterprise of the register is linked, so the titles it gains while in residence can be counted.
/// </summary>
public sealed class IncubatorTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid IncubatorId { get; init; }

    /// <summary>The register's enterprise, or null for a team not (yet) registered.</summary>
    public Guid? EnterpriseId { get; init; }

    /// <summary>The enterprise's name at entry, or the team's.</summary>
    public required string Name { get; set; }

    /// <summary>The space it rents, m², when known (occupancy counts only known space).</summary>
    public decimal? AreaSqm { get; set; }

    public DateOnly EnteredOn { get; set; }
    public DateOnly? LeftOn { get; set; }

    /// <summary>Left as a graduate (毕业) rather than moving out (退出).</summary>
    public bool Graduated { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>In residence at the end of <paramref name="date"/>.</summary>
    public bool InResidenceOn(DateOnly date) => EnteredOn <= date && (LeftOn is not { } left || left > date);
}

/// <summary>A service or event the carrier ran for its tenants (培训, 路演, 对接 …) on a date, with how many took part.</summary>
public sealed class IncubatorActivity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid IncubatorId { get; init; }
    public DateOnly HeldOn { get; set; }

    /// <summary>One of <see cref="IncubatorWords.ActivityKinds"/>.</summary>
    public required string Kind { get; set; }

    public required string Title { get; set; }
    public int? Participants { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The annual evaluation (年度考核评价) of a carrier by the department that recognised it: one grade a year.</summary>
public sealed class IncubatorEvaluation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid IncubatorId { get; init; }
    public int Year { get; set; }

    /// <summary>One of <see cref="IncubatorWords.Grades"/>.</summary>
    public required string Grade { get; set; }

    public string? Remark { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The words of the register (docs/domain.md §7.3).</summary>
public static class IncubatorWords
{
    public static readonly IReadOnlyList<string> Kinds = ["众创空间", "孵化器", "加速器", "科技园", "星创天地"];

    /// <summary>Highest first; "省" and "省级" are the same level.</summary>
    public static readonly IReadOnlyList<string> Levels = ["国家级", "省级", "市级", "县级"];

    public static readonly IReadOnlyList<string> ActivityKinds = ["创业培训", "路演活动", "投融资对接", "技术对接", "讲座沙龙", "其他服务"];

    public static readonly IReadOnlyList<string> Grades = ["优秀", "良好", "合格", "不合格"];

    /// <summary>Ten square kilometres: more than any carrier; a larger figure is a unit mistake (m² vs 万m²).</summary>
    public const decimal MaxAreaSqm = 10_000_000m;

    public static string? Level(string? text) =>
        text?.Trim() is { Length: > 0 } t ? Levels.FirstOrDefault(l => l == t || l == t + "级") : null;

    public static string? Kind(string? text) => text?.Trim() is { Length: > 0 } t ? Kinds.FirstOrDefault(k => k == t) : null;
}
