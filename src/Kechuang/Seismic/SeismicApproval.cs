using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Seismic;

/// <summary>
/// 建设工程抗震设防要求审批 (docs/domain.md §7.10): an application a county bureau receives for a new, extended or rebuilt
/// project (《中华人民共和国防震减灾法》第三十五条), decided within a time limit counted in working days.
/// </summary>
public sealed class SeismicApproval : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => SeismicIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string ProjectName { get; set; }

    /// <summary>建设单位: the applicant.</summary>
    public required string Applicant { get; set; }

    /// <summary>建设地点, as written on the application.</summary>
    public string? Site { get; set; }

    /// <summary>The county whose bureau handles it.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The day the complete application was received (受理日期).</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The time limit in working days (承诺办结时限), <see cref="SeismicRules.DefaultLimitDays"/> unless the bureau publishes another.</summary>
    public int LimitDays { get; set; }

    /// <summary>The last day of the limit, from the working-day calendar (Calendar/WorkingDays.DueDate).</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The due date ran into a year whose holidays were not entered: weekends only, recomputed once the year is entered.</summary>
    public bool DueProvisional { get; set; }

    /// <summary>抗震设防要求 as determined, e.g. "地震基本烈度Ⅵ度，基本地震动峰值加速度0.05g".</summary>
    public string? Requirement { get; set; }

    /// <summary><see cref="SeismicWords.Approve"/> or <see cref="SeismicWords.Refuse"/>; null while pending (办理中).</summary>
    public string? Decision { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>批复文号, e.g. 平震审〔2025〕12号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>A refusal's reasons, or a remark on the approval.</summary>
    public string? DecisionRemark { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public bool Decided => Decision is not null;

    /// <summary>Decided after the last day of the limit.</summary>
    public bool Late => DecidedOn is { } d && d > DueOn;
}

/// <summary>监测台站: a seismic monitoring station or macro-observation point the county looks after (《中华人民共和国防震减灾法》第二章).</summary>
public sealed class SeismicStation : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>One of <see cref="SeismicWords.StationKinds"/>.</summary>
    public required string Kind { get; set; }

    public required string RegionCode { get; set; }
    public string? Site { get; set; }

    /// <summary>管理单位 (the keeper).</summary>
    public string? Keeper { get; set; }

    public DateOnly? BuiltOn { get; set; }

    /// <summary><see cref="SeismicWords.Running"/> or <see cref="SeismicWords.Stopped"/>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>地震应急演练: a drill held in the county (《中华人民共和国防震减灾法》第四十四条).</summary>
public sealed class SeismicDrill : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => SeismicIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }
    public required string RegionCode { get; set; }

    /// <summary>参与人数.</summary>
    public int Participants { get; set; }

    /// <summary>组织单位.</summary>
    public string? Organiser { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>The words of the registers (docs/domain.md §7.10).</summary>
public static class SeismicWords
{
    public const string Approve = "批准";
    public const string Refuse = "不予批准";
    public static readonly IReadOnlyList<string> Decisions = [Approve, Refuse];

    public const string Pending = "办理中";
    public const string Done = "已办结";

    public const string Running = "运行";
    public const string Stopped = "停测";
    public static readonly IReadOnlyList<string> StationStatuses = [Running, Stopped];

    public static readonly IReadOnlyList<string> StationKinds = ["测震台", "强震动台", "地下流体观测站", "地磁观测站", "形变观测站", "宏观观测点"];

    public static string Status(string? decision) => decision is null ? Pending : Done;
}
