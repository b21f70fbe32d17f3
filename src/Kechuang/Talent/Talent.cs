using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Talent;

/// <summary>
/// A talent programme (人才计划) as data (docs/domain.md §7.7): its level follows the region that runs it (国家级 the
/// country, 省级 a province, 市级 a prefecture, 县级 a county), with the funding per award and year it usually grants.
/// Administrators of a region covering the programme's region edit it.
/// </summary>
public sealed class TalentProgramme : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => TalentIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>国家级, 省级, 市级 or 县级 (<see cref="TalentRules.Levels"/>), from the region.</summary>
    public required string Level { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>资助标准: yuan per award and year, the default of an award's funding; null when the bureau has not entered it.</summary>
    public decimal? AnnualFunding { get; set; }

    /// <summary>资助年限 (years), with <see cref="AnnualFunding"/> the default total granted.</summary>
    public int? FundingYears { get; set; }

    public string? Remark { get; set; }

    /// <summary>停止申报: kept for the awards it made, offered no more for new ones.</summary>
    public bool Retired { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// An application to a programme and, once decided, its award (docs/domain.md §7.7): the employer (an enterprise of the
/// register, or an institution by name), the person with personal data the bureau alone sees, the funding granted and
/// paid, and the yearly checks (<see cref="TalentCheck"/>). Booked to the employer's county.
/// </summary>
public sealed class TalentAward : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => TalentIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProgrammeId { get; set; }

    /// <summary>The enterprise of the register, null for an institution (hospital, school, research institute).</summary>
    public Guid? EnterpriseId { get; set; }

    /// <summary>用人单位 as written when saved: the register's name of the enterprise, or the institution's name.</summary>
    public required string Employer { get; set; }

    public required string RegionCode { get; set; }
    public required string PersonName { get; set; }

    /// <summary>男 or 女; null when not given.</summary>
    public string? Gender { get; set; }

    /// <summary>证件类型 (<see cref="TalentRules.IdTypes"/>); with <see cref="IdNumber"/> personal data for the bureau only.</summary>
    public string? IdType { get; set; }

    public string? IdNumber { get; set; }

    /// <summary>博士, 硕士, 学士 or 其他 (<see cref="TalentRules.AwardDegrees"/>).</summary>
    public required string Degree { get; set; }

    /// <summary>专业领域, e.g. 智能装备, 新材料.</summary>
    public required string Field { get; set; }

    /// <summary>申报中, 已入选 or 未入选 (<see cref="TalentRules.AwardStatuses"/>).</summary>
    public required string Status { get; set; }

    public DateOnly AppliedOn { get; set; }

    /// <summary>入选 (or not) announced; null while 申报中.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>Yuan granted in all (入选 only).</summary>
    public decimal FundingGranted { get; set; }

    /// <summary>Yuan paid so far, never above <see cref="FundingGranted"/>.</summary>
    public decimal FundingPaid { get; set; }

    public string? Remark { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>年度考核 of an award (docs/domain.md §7.7): one per award and year, 合格 or 不合格, with its date.</summary>
public sealed class TalentCheck
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AwardId { get; set; }
    public int Year { get; set; }

    /// <summary>合格 or 不合格.</summary>
    public required string Result { get; set; }

    public DateOnly CheckedOn { get; set; }
    public string? Remark { get; set; }
}

/// <summary>
/// A postgraduate or postdoc an enterprise recruited (docs/domain.md §7.7), reported by the enterprise itself or by the
/// bureau: the person, degree (硕士, 博士, 博士后), school and the day recruited. Booked to the enterprise's county.
/// </summary>
public sealed class TalentRecruit : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => TalentIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; set; }
    public required string Employer { get; set; }
    public required string RegionCode { get; set; }
    public required string PersonName { get; set; }

    /// <summary>硕士, 博士 or 博士后 (<see cref="TalentRules.RecruitDegrees"/>).</summary>
    public required string Degree { get; set; }

    /// <summary>毕业院校 (or, for a postdoc, the station's university).</summary>
    public required string School { get; set; }

    public string? Major { get; set; }
    public DateOnly RecruitedOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// A foreign expert working in the county (docs/domain.md §7.7) with a 外国人工作许可 of category A, B or C (《外国人来华
/// 工作许可服务指南》): employer, the permit's dates. The bureau's register; permits expiring soon are listed.
/// </summary>
public sealed class ForeignExpert : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Nationality { get; set; }

    /// <summary>A类, B类 or C类.</summary>
    public required string PermitCategory { get; set; }

    /// <summary>外国人工作许可证号, when known.</summary>
    public string? PermitNumber { get; set; }

    public required string Employer { get; set; }
    public required string RegionCode { get; set; }
    public string? Field { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
