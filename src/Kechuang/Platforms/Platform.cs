using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Platforms;

/// <summary>
/// An R&amp;D platform (研发平台, docs/domain.md §7.2): a kind (企业研究院, 企业研发中心, 重点实验室 …) at a level, hosted by an
/// enterprise of the register or by an institution, in a county. Its recognitions are kept: a platform moving up a level
/// gets a new recognition and keeps the old one, so "new provincial platforms this year" counts the move.
/// </summary>
public sealed class Platform : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => PlatformIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>One of the kinds (Kinds/PlatformKindDefinition).</summary>
    public required string Kind { get; set; }

    /// <summary>The level of the latest recognition.</summary>
    public required string Level { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>The host when it is an enterprise of the register; an institution has none.</summary>
    public Guid? EnterpriseId { get; set; }

    public required string HostName { get; set; }
    public string? Field { get; set; }

    /// <summary>Set when it was withdrawn (撤销), e.g. after failing its evaluation twice.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawnReason { get; set; }

    public List<PlatformRecognition> Recognitions { get; init; } = [];
    public List<PlatformEvaluation> Evaluations { get; init; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public DateOnly RecognisedOn => Recognitions.Min(r => r.RecognisedOn);
}

/// <summary>One recognition (认定) at a level, with its document; the first is the platform's founding.</summary>
public sealed class PlatformRecognition : IFeedsIndicators
{
    string IFeedsIndicators.Register => PlatformIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PlatformId { get; init; }
    public required string Level { get; set; }
    public DateOnly RecognisedOn { get; set; }
    public string? DocumentNumber { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The annual performance evaluation (年度绩效评价) of a platform for a year, with the staff and R&amp;D spending it reported.</summary>
public sealed class PlatformEvaluation : IFeedsIndicators
{
    string IFeedsIndicators.Register => PlatformIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PlatformId { get; init; }
    public int Year { get; set; }

    /// <summary>优秀 / 良好 / 合格 / 不合格.</summary>
    public required string Grade { get; set; }

    public int? Staff { get; set; }

    /// <summary>R&amp;D spending of the year, yuan.</summary>
    public decimal? RdSpending { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
