using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.IntellectualProperty;

/// <summary>
/// A patent of an enterprise of the register (docs/domain.md §7.8): its application number (check digit verified, kept
/// without ZL so ZL202310123456.6 and 202310123456.6 are one patent), kind, dates and legal status. Booked to the
/// enterprise's county at the time of writing.
/// </summary>
public sealed class Patent : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => PatentIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EnterpriseId { get; set; }

    /// <summary>申请人/专利权人 as the register named the enterprise when the patent was written.</summary>
    public required string Applicant { get; set; }

    /// <summary>The enterprise's county.</summary>
    public required string RegionCode { get; set; }

    /// <summary>申请号: twelve (or eight) digits, a dot, the check digit.</summary>
    public required string Number { get; set; }

    /// <summary>发明, 实用新型 or 外观设计 (<see cref="Common.PatentKinds"/>).</summary>
    public required string Kind { get; set; }

    public string? Title { get; set; }

    public DateOnly AppliedOn { get; set; }

    /// <summary>授权公告日; null while pending, refused or withdrawn.</summary>
    public DateOnly? GrantedOn { get; set; }

    /// <summary>失效日期 of a granted patent (term ended, fee not paid, declared invalid, given up).</summary>
    public DateOnly? LapsedOn { get; set; }

    /// <summary>申请中, 已授权, 已驳回, 已撤回 or 已失效 (<see cref="PatentRules.Statuses"/>).</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// 常住人口 of a region at a year's end, in 万人: the denominator of 每万人口发明专利拥有量 (docs/domain.md §7.8). Entered by
/// administrators from the statistics bureau's yearbook.
/// </summary>
public sealed class RegionPopulation : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => PatentIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string RegionCode { get; set; }
    public int Year { get; set; }

    /// <summary>年末常住人口, 万人.</summary>
    public decimal Population { get; set; }

    /// <summary>Where the figure comes from (e.g. 《平阳县2025年国民经济和社会发展统计公报》).</summary>
    public string? Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A registered trademark held in the county (docs/domain.md §7.8): what the bureau tracks where it holds the IP duties.</summary>
public sealed class Trademark : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>注册号 as the trademark office gives it.</summary>
    public required string RegistrationNumber { get; set; }

    public required string Holder { get; set; }
    public required string RegionCode { get; set; }

    /// <summary>核定使用商品/服务类别 (尼斯分类, e.g. "7" or "7、9").</summary>
    public string? Classes { get; set; }

    /// <summary>普通商标, 驰名商标, 地理标志证明商标, 集体商标.</summary>
    public required string Kind { get; set; }

    public DateOnly RegisteredOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A 知识产权侵权纠纷 the bureau received (docs/domain.md §7.8): received, handled (立案处理), closed (结案).</summary>
public sealed class IpCase : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>案由, e.g. "某公司诉某厂侵犯实用新型专利权纠纷".</summary>
    public required string Title { get; set; }

    /// <summary>专利, 商标 or 其他.</summary>
    public required string Kind { get; set; }

    public required string Complainant { get; set; }
    public required string Respondent { get; set; }
    public required string RegionCode { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? HandledOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>处理结果: 调解结案, 责令停止侵权, 撤回请求 …</summary>
    public string? Outcome { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
