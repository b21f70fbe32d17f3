using Kechuang.Data;

namespace Kechuang.Market.Needs;

/// <summary>
/// An enterprise's technology need (企业技术需求, docs/domain.md §7.1): the problem, the target parameters, the budget
/// and how it wants to cooperate. An enterprise's own filing waits for the bureau (待审核) before the market sees it.
/// </summary>
public sealed class TechNeed : IVersioned, Indicators.Derived.IFeedsIndicators
{
    string Indicators.Derived.IFeedsIndicators.Register => MarketIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; init; }

    /// <summary>The enterprise's name and county when filed, kept so the record reads the same if the register changes.</summary>
    public required string EnterpriseName { get; set; }

    public required string RegionCode { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>技术指标: the parameters a solution must reach (良品率 ≥ 99.5% …).</summary>
    public string? TargetParameters { get; set; }

    public string? Field { get; set; }
    public List<string> Keywords { get; set; } = [];
    public decimal? BudgetMin { get; set; }
    public decimal? BudgetMax { get; set; }
    public required string CooperationMode { get; set; }
    public DateOnly? Deadline { get; set; }
    public string Status { get; set; } = MarketWords.Open;
    public string Review { get; set; } = MarketWords.Pending;
    public string? ReturnReason { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
