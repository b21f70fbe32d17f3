using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Market.Cooperation;

/// <summary>
/// A cooperation project the market brought about (合作项目, docs/domain.md §7.1): an enterprise of the register and a
/// holder (university, institute, or an expert's organisation), perhaps on a need, an achievement or an expert, perhaps
/// from an event, with its contract amount, the payments actually made, the technology contract registered for it,
/// and the broker's next follow-up date. Amounts in yuan (fen on SQLite, ADR 0006).
/// </summary>
public sealed class CooperationProject : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => MarketIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The enterprise's county: where the cooperation is counted.</summary>
    public required string RegionCode { get; set; }

    public Guid EnterpriseId { get; set; }
    public required string EnterpriseName { get; set; }
    public required string Holder { get; set; }
    public required string Title { get; set; }

    /// <summary>One of <see cref="MarketWords.CooperationModes"/>.</summary>
    public required string Mode { get; set; }

    public DateOnly SignedOn { get; set; }

    /// <summary>合同金额 in yuan.</summary>
    public decimal Amount { get; set; }

    public Guid? NeedId { get; set; }
    public string? NeedTitle { get; set; }
    public Guid? AchievementId { get; set; }
    public string? AchievementTitle { get; set; }
    public Guid? ExpertId { get; set; }
    public string? ExpertName { get; set; }
    public Guid? EventId { get; set; }
    public string? EventTitle { get; set; }

    /// <summary>The technology contract of the registry (docs/domain.md §5), by id, with its 登记编号 or name as shown.</summary>
    public Guid? ContractId { get; set; }

    public string? ContractLabel { get; set; }
    public DateOnly? NextFollowUpOn { get; set; }
    public DateOnly? LastFollowUpOn { get; set; }
    public string? FollowUpNote { get; set; }
    public string? Notes { get; set; }
    public List<CooperationPayment> Payments { get; init; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A payment actually made under the contract (到账), in yuan.</summary>
public sealed class CooperationPayment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CooperationId { get; init; }
    public DateOnly PaidOn { get; init; }
    public decimal Amount { get; init; }
    public string? Note { get; init; }
}
