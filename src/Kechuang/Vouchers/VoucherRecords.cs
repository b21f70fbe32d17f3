using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Vouchers;

/// <summary>
/// 创新券专项 (docs/domain.md §7.4): a county's yearly voucher programme — its total, the most one enterprise may redeem
/// in a year, the share of a service's price a voucher may cover (50% unless the county publishes another) and the
/// period its vouchers are valid. A voucher issued without a programme follows <see cref="VoucherRules.DefaultShare"/>
/// and has no yearly cap beyond its own balance.
/// </summary>
public sealed class VoucherProgramme : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string RegionCode { get; set; }
    public int Year { get; set; }

    /// <summary>专项总额 (yuan): what all its vouchers together may hold.</summary>
    public decimal Total { get; set; }

    /// <summary>每家企业年度兑现上限 (yuan): redemptions of one enterprise in one calendar year, across the programme's vouchers.</summary>
    public decimal PerEnterpriseLimit { get; set; }

    /// <summary>补助比例 as a fraction (0.5 = 50%) of a service contract's amount.</summary>
    public decimal Share { get; set; } = VoucherRules.DefaultShare;

    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }

    /// <summary>免申即享: the face value each enterprise holding a valid 科技型中小企业 title receives without applying; null when the programme does not issue automatically.</summary>
    public decimal? AutoAmount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>一张创新券: issued to one enterprise of the register, its balance falling with each redemption.</summary>
public sealed class Voucher : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => VoucherIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>券号, e.g. CXQ-330326-2025-0001.</summary>
    public required string Number { get; set; }

    public Guid? ProgrammeId { get; set; }
    public Guid EnterpriseId { get; set; }

    /// <summary>The enterprise's county (the register's), so a region's vouchers are read without the register.</summary>
    public required string RegionCode { get; set; }

    /// <summary>面额 (yuan).</summary>
    public decimal Amount { get; set; }

    /// <summary>余额 (yuan): <see cref="Amount"/> less what was redeemed; 0 until an application is approved.</summary>
    public decimal Balance { get; set; }

    public DateOnly? IssuedOn { get; set; }
    public DateOnly ValidUntil { get; set; }

    /// <summary>One of <see cref="VoucherWords.Statuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary>One of <see cref="VoucherWords.Sources"/>.</summary>
    public required string Source { get; set; }

    /// <summary>The reason of a refusal, or a remark.</summary>
    public string? Note { get; set; }

    public string? DecidedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Every redemption bumps it: two redemptions at once cannot both spend the same balance (the loser answers 409).</summary>
    public int Version { get; set; }
}

/// <summary>创新券服务机构: registered with the bureau by 统一社会信用代码, approved before it may serve vouchers.</summary>
public sealed class VoucherProvider : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Uscc { get; set; }
    public required string Name { get; set; }

    /// <summary>The county whose bureau registered it.</summary>
    public required string RegionCode { get; set; }

    public bool Approved { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public string? Contact { get; set; }
    public string? Phone { get; set; }
    public List<VoucherService> Services { get; set; } = [];
    public List<VoucherProviderRelation> Relations { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A service a provider offers (检验检测、技术开发、科技咨询 …) with its listed price.</summary>
public sealed class VoucherService
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProviderId { get; set; }
    public required string Name { get; set; }
    public decimal Price { get; set; }
    public string? Unit { get; set; }
}

/// <summary>A declared relation between a provider and an enterprise (控股、参股、同一法定代表人 …): it may not serve that enterprise's vouchers.</summary>
public sealed class VoucherProviderRelation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProviderId { get; set; }
    public Guid EnterpriseId { get; set; }
    public required string Kind { get; set; }
}

/// <summary>兑现: a provider's service to the voucher's enterprise, paid in part by the voucher.</summary>
public sealed class VoucherRedemption : IFeedsIndicators
{
    string IFeedsIndicators.Register => VoucherIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid VoucherId { get; set; }
    public Guid ProviderId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid? ServiceId { get; set; }
    public required string RegionCode { get; set; }

    /// <summary>服务合同金额 (yuan).</summary>
    public decimal ContractAmount { get; set; }

    /// <summary>创新券抵扣金额 (yuan).</summary>
    public decimal Covered { get; set; }

    /// <summary>发票号码, unique across the register: one invoice is redeemed once.</summary>
    public required string InvoiceNo { get; set; }

    public DateOnly ServedOn { get; set; }

    /// <summary>How <see cref="Covered"/> was reached (which of share, balance and yearly cap bound it).</summary>
    public required string Basis { get; set; }

    public required string RecordedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A line of a voucher's balance history: its issue, each redemption, a cancellation.</summary>
public sealed class VoucherEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid VoucherId { get; set; }
    public DateOnly On { get; set; }
    public required string Kind { get; set; }
    public decimal Change { get; set; }
    public decimal BalanceAfter { get; set; }
    public Guid? RedemptionId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The words of the register (docs/domain.md §7.4).</summary>
public static class VoucherWords
{
    public const string Pending = "待审核";
    public const string Active = "有效";
    public const string Refused = "已驳回";
    public const string Cancelled = "已作废";
    public static readonly IReadOnlyList<string> Statuses = [Pending, Active, Refused, Cancelled];

    public const string Direct = "直接发放";
    public const string Applied = "企业申请";
    public const string Auto = "免申即享";
    public static readonly IReadOnlyList<string> Sources = [Direct, Applied, Auto];

    public const string Issue = "发放";
    public const string Redeem = "兑现";
    public const string Cancel = "作废";

    public static readonly IReadOnlyList<string> RelationKinds = ["控股", "参股", "同一法定代表人", "同一实际控制人", "其他关联"];
}
