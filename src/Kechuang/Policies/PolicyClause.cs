using Kechuang.Data;

namespace Kechuang.Policies;

/// <summary>
/// One edition of a policy clause (政策条款, docs/domain.md §7.5): who qualifies and how much, as expressions over the
/// registers. Changing a clause adds an edition and retires the old one; awards keep the edition they were computed with.
/// </summary>
public sealed class PolicyClause : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Code { get; init; }

    /// <summary>1 for the first text, then one more per change.</summary>
    public int Edition { get; init; } = 1;

    /// <summary>The edition in force; older ones are kept for the awards that cite them.</summary>
    public bool Current { get; set; } = true;

    public required string Name { get; set; }

    /// <summary>The issuing document (发文), e.g. 平政发〔2023〕12号.</summary>
    public string? Document { get; set; }

    public required string RegionCode { get; init; }
    public int Year { get; set; }
    public required string Condition { get; set; }
    public required string Amount { get; set; }

    /// <summary>At most this much per enterprise (yuan); null for no cap.</summary>
    public decimal? Cap { get; set; }

    /// <summary>The clause's budget for the year (yuan); null for no limit.</summary>
    public decimal? Budget { get; set; }

    /// <summary><see cref="PolicyRules.Prorate"/> or <see cref="PolicyRules.InOrder"/>: what happens when claims exceed the budget.</summary>
    public string OverBudget { get; set; } = PolicyRules.Prorate;

    /// <summary>免申即享: the bureau lists the beneficiaries without applications.</summary>
    public bool AutoGrant { get; set; }

    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// An enterprise's reward under a clause for a year: on the 免申即享 list or applied for, then 公示, approved and paid.
/// One per clause code, year and enterprise, whatever the edition, so a yuan is never granted twice.
/// </summary>
public sealed class PolicyAward : IVersioned, Indicators.Derived.IFeedsIndicators
{
    string Indicators.Derived.IFeedsIndicators.Register => PolicyIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ClauseId { get; set; }
    public required string Code { get; init; }
    public int Year { get; init; }
    public Guid EnterpriseId { get; init; }
    public required string EnterpriseName { get; set; }
    public required string Uscc { get; set; }
    public required string RegionCode { get; init; }

    /// <summary><see cref="PolicyRules.Auto"/> or <see cref="PolicyRules.Applied"/>.</summary>
    public required string Source { get; init; }

    /// <summary>One of <see cref="AwardStatus"/>.</summary>
    public required string Status { get; set; }

    /// <summary>The amount computed (yuan, to the fen).</summary>
    public decimal Amount { get; set; }

    /// <summary>The computation's trace as JSON (<see cref="TraceLine"/>s).</summary>
    public required string Trace { get; set; }

    public DateTimeOffset? AppliedAt { get; set; }
    public DateOnly? PublicFrom { get; set; }
    public DateOnly? PublicTo { get; set; }
    public string? Objection { get; set; }
    public string? Answer { get; set; }
    public string? Reason { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal PaidAmount { get; set; }

    /// <summary>The payment's accounting voucher number (凭证号).</summary>
    public string? VoucherNo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// 总额度: the most one enterprise may receive in a year across a region's clauses, with the clauses outside it (e.g.
/// 创新券 in a declared period, docs/domain.md §7.5).
/// </summary>
public sealed class PolicyCeiling : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string RegionCode { get; init; }
    public int Year { get; init; }
    public decimal Amount { get; set; }

    /// <summary>Clause codes outside the total, separated by commas.</summary>
    public string Exemptions { get; set; } = "";

    public string? Note { get; set; }
    public int Version { get; set; }

    public IReadOnlySet<string> ExemptCodes =>
        Exemptions.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}

/// <summary>An award's states (docs/domain.md §7.5).</summary>
public static class AwardStatus
{
    public const string Listed = "待公示";
    public const string Applied = "已申请";
    public const string Public = "公示中";
    public const string Objected = "有异议";
    public const string Approved = "已批准";
    public const string Paid = "已兑现";
    public const string Refused = "不予兑现";

    public static readonly IReadOnlyList<string> All = [Applied, Listed, Public, Objected, Approved, Paid, Refused];

    /// <summary>States that hold part of the budget.</summary>
    public static readonly IReadOnlyList<string> Committed = [Listed, Public, Objected, Approved, Paid];
}
