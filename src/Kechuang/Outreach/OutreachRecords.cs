using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Outreach;

/// <summary>
/// 科技活动周、科普日、科普活动、科技下乡 and 科技培训 held in a county (docs/domain.md §7.9): who organised it, where, when,
/// how many took part (人次, as the 《中华人民共和国科学技术普及法》 reports count them).
/// </summary>
public sealed class OutreachActivity : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => OutreachIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>One of <see cref="OutreachWords.ActivityKinds"/>.</summary>
    public required string Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>主办/承办单位, as written on the notice.</summary>
    public required string Organisers { get; set; }

    public required string Place { get; set; }
    public required string RegionCode { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>参与人次.</summary>
    public int Attendance { get; set; }

    public string? Remark { get; set; }

    public List<ActivityPhoto> Photos { get; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A photo of an activity: JPEG or PNG by content, within <c>UploadLimits.Photos</c>, kept in the database
/// (docs/architecture.md, Scale: files live in the database so any node serves them).</summary>
public sealed class ActivityPhoto
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ActivityId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>科普基地: a science popularisation base recognised at a level, hosted by an organisation.</summary>
public sealed class ScienceBase : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>One of <see cref="OutreachWords.Levels"/>.</summary>
    public required string Level { get; set; }

    /// <summary>依托单位.</summary>
    public required string Host { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>认定日期.</summary>
    public DateOnly RecognisedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// 创新创业大赛 a county organises or sends its enterprises and teams to (docs/domain.md §7.9): its entries, rounds with
/// scores and judges drawn from the expert pool, and the awards won.
/// </summary>
public sealed class Competition : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => OutreachIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public int Year { get; set; }
    public required string Name { get; set; }

    /// <summary>One of <see cref="OutreachWords.Levels"/>: who holds the competition.</summary>
    public required string Level { get; set; }

    /// <summary>主办单位.</summary>
    public required string Organiser { get; set; }

    /// <summary>The county whose bureau organises the participation.</summary>
    public required string RegionCode { get; set; }

    public List<CompetitionEntry> Entries { get; } = [];
    public List<CompetitionRound> Rounds { get; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>An entry: an enterprise of the register, or a team by name; its track or group and project.</summary>
public sealed class CompetitionEntry : IFeedsIndicators
{
    string IFeedsIndicators.Register => OutreachIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CompetitionId { get; set; }
    public Guid? EnterpriseId { get; set; }

    /// <summary>The enterprise's name when it entered, or the team's name.</summary>
    public required string Name { get; set; }

    /// <summary>负责人, compared with the judges' declared relations.</summary>
    public string? Leader { get; set; }

    /// <summary>赛道/组别, e.g. 成长企业组.</summary>
    public string? Track { get; set; }

    public required string ProjectTitle { get; set; }

    /// <summary>One of <see cref="OutreachWords.Awards"/>, null until awarded.</summary>
    public string? Award { get; set; }

    /// <summary>The award's level (a provincial competition's prize is 省级).</summary>
    public string? AwardLevel { get; set; }

    public DateOnly? AwardedOn { get; set; }
}

/// <summary>初赛, 复赛 or 决赛: the day, the judges drawn (with the engine's seed) and a score per entry.</summary>
public sealed class CompetitionRound
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CompetitionId { get; set; }

    /// <summary>One of <see cref="OutreachWords.Stages"/>.</summary>
    public required string Stage { get; set; }

    public DateOnly HeldOn { get; set; }

    /// <summary>The draw's seed and the engine's version: the same pool and seed give the same judges (ADR 0017).</summary>
    public long? Seed { get; set; }

    public string? EngineVersion { get; set; }
    public string? DrawnBy { get; set; }
    public DateTimeOffset? DrawnAt { get; set; }

    public List<RoundJudge> Judges { get; } = [];
    public List<RoundScore> Scores { get; } = [];
}

/// <summary>A judge of a round, named as the pool had them when drawn.</summary>
public sealed class RoundJudge
{
    public Guid RoundId { get; set; }
    public Guid ExpertId { get; set; }
    public required string Name { get; set; }
    public required string Organisation { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>An entry's score in a round (0–100, the judges' average as the round announced it).</summary>
public sealed class RoundScore
{
    public Guid RoundId { get; set; }
    public Guid EntryId { get; set; }
    public decimal Score { get; set; }
}

/// <summary>The words of the registers (docs/domain.md §7.9).</summary>
public static class OutreachWords
{
    public const string Week = "科技活动周";
    public const string Day = "全国科普日";
    public const string Popular = "科普活动";
    public const string Countryside = "科技下乡";
    public const string Training = "科技培训";

    /// <summary>The kinds counted as "科技活动周、科普活动" in the summary; trainings are counted apart.</summary>
    public static readonly IReadOnlyList<string> EventKinds = [Week, Day, Popular, Countryside];

    public static readonly IReadOnlyList<string> ActivityKinds = [.. EventKinds, Training];

    public static readonly IReadOnlyList<string> Levels = ["国家级", "省级", "市级", "县级"];

    public static readonly IReadOnlyList<string> Stages = ["初赛", "复赛", "决赛"];

    public static readonly IReadOnlyList<string> Awards = ["一等奖", "二等奖", "三等奖", "优秀奖"];
}
