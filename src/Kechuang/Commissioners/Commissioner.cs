using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Commissioners;

/// <summary>
/// A 科技特派员 of one service year (docs/domain.md §7.6): a person or a team sent to a county at 省级, 市级 or 县级, serving
/// some of its towns, with the projects it runs there and the enterprises and co-operatives it helps. A new year is a
/// new record: commissioners are sent (选派) year by year.
/// </summary>
public sealed class Commissioner : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => CommissionerIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The person's name, or the team's.</summary>
    public required string Name { get; set; }

    /// <summary><see cref="CommissionerWords.Individual"/> or <see cref="CommissionerWords.Team"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="CommissionerWords.Levels"/>: who sent it.</summary>
    public required string Level { get; set; }

    /// <summary>The county it serves.</summary>
    public required string RegionCode { get; set; }

    public int Year { get; set; }

    /// <summary>派出单位: the home institution (a university, an institute, an agricultural station).</summary>
    public string? Institution { get; set; }

    /// <summary>服务领域 or expertise, e.g. 茶叶种植, 水产养殖.</summary>
    public string? Field { get; set; }

    /// <summary>The enterprises and co-operatives it helps, as their names are written (free text, not the register).</summary>
    public List<string> Enterprises { get; set; } = [];

    /// <summary>年度考核: one of <see cref="CommissionerWords.Grades"/>, given once, since a record is one service year.</summary>
    public string? AssessmentGrade { get; set; }

    public string? AssessmentRemark { get; set; }

    /// <summary>The day (China) the grade was recorded, and who recorded it (a user name).</summary>
    public DateOnly? AssessedOn { get; set; }

    public string? AssessedBy { get; set; }

    public List<CommissionerMember> Members { get; init; } = [];
    public List<CommissionerTown> Towns { get; init; } = [];
    public List<CommissionerProject> Projects { get; init; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The people it counts for in 科技特派员数: a team its members, a person one (docs/domain.md §7.6).</summary>
    public int Headcount => Kind == CommissionerWords.Team ? Members.Count : 1;
}

/// <summary>A member of a team commissioner.</summary>
public sealed class CommissionerMember : IFeedsIndicators
{
    string IFeedsIndicators.Register => CommissionerIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CommissionerId { get; init; }
    public required string Name { get; set; }
    public string? Institution { get; set; }
    public string? Expertise { get; set; }
}

/// <summary>
/// A town (乡镇, a 9-digit code under the commissioner's county) it serves, with the days of its service there when the
/// record gives them (within the service year; none means the whole year).
/// </summary>
public sealed class CommissionerTown
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CommissionerId { get; init; }
    public required string TownCode { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>The villages (行政村, 社区) served in the town, by name: the division list ends at towns (docs/domain.md §7.6).</summary>
    public List<string> Villages { get; init; } = [];
}

/// <summary>A service project (服务项目) and its funds in yuan.</summary>
public sealed class CommissionerProject
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CommissionerId { get; init; }
    public required string Name { get; set; }
    public decimal? FundsYuan { get; set; }
}

/// <summary>The words of the register (docs/domain.md §7.6).</summary>
public static class CommissionerWords
{
    public const string Individual = "individual";
    public const string Team = "team";

    /// <summary>Highest first; "省" and "省级" are the same level, as for incubators.</summary>
    public static readonly IReadOnlyList<string> Levels = ["省级", "市级", "县级"];

    public static readonly IReadOnlyList<string> Kinds = [Individual, Team];

    /// <summary>The grades of the yearly assessment (年度考核), best first.</summary>
    public static readonly IReadOnlyList<string> Grades = ["优秀", "合格", "基本合格", "不合格"];

    public const string Excellent = "优秀";

    /// <summary>The API's code from the code itself or its Chinese (个人, 团队).</summary>
    public static string? Kind(string? text) => text?.Trim() switch
    {
        Individual or "个人" => Individual,
        Team or "团队" => Team,
        _ => null,
    };

    public static string Chinese(string kind) => kind == Team ? "团队" : "个人";

    public static string? Level(string? text) =>
        text?.Trim() is { Length: > 0 } t ? Levels.FirstOrDefault(l => l == t || l == t + "级") : null;
}
