using Kechuang.Data;

namespace Kechuang.Contracts;

/// <summary>
/// A written technology contract received by the registry of the seller's region (技术合同认定登记, docs/domain.md §5).
/// Amounts are yuan (stored as fen on SQLite, ADR 0006).
/// </summary>
public sealed class TechContract : IVersioned, Indicators.Derived.IFeedsIndicators
{
    string Indicators.Derived.IFeedsIndicators.Register => ContractIndicatorCalculator.RegisterName;

    /// <summary>Contracts count in the seller's region (docs/domain.md §5).</summary>
    string? Indicators.Derived.IFeedsIndicators.RegionFed(Microsoft.EntityFrameworkCore.DbContext context) => SellerRegionCode;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>登记编号: set when registered, unique.</summary>
    public string? RegistrationNo { get; set; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="ContractTypes.All"/> by its word.</summary>
    public required string Type { get; set; }

    public required string SellerName { get; set; }
    public required string SellerUscc { get; set; }

    /// <summary>County-level region of the seller: where the contract is registered and counted.</summary>
    public required string SellerRegionCode { get; set; }

    public required string BuyerName { get; set; }

    /// <summary>Null for a buyer abroad or without a code.</summary>
    public string? BuyerUscc { get; set; }

    /// <summary>Null for a buyer abroad.</summary>
    public string? BuyerRegionCode { get; set; }

    public DateOnly SignedOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? TechnologyField { get; set; }

    /// <summary>合同成交额.</summary>
    public decimal Turnover { get; set; }

    /// <summary>技术交易额: turnover minus non-technical costs, never above it.</summary>
    public decimal TechTransaction { get; set; }

    public string Status { get; set; } = ContractStatus.Received;
    public string? RefusalReason { get; set; }
    public DateOnly ReceivedOn { get; set; }

    /// <summary>Registration or refusal date.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>yyyymm of the registration date, so statistics group by month the same way on both databases.</summary>
    public int? RegisteredPeriod { get; set; }

    public string? ScanFileName { get; set; }
    public string? ScanContentType { get; set; }
    public long? ScanSize { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public static int Period(DateOnly date) => (date.Year * 100) + date.Month;
}

/// <summary>The scanned contract, kept in the database so every web node serves it (docs/architecture.md, Scale).</summary>
public sealed class ContractScan
{
    public Guid ContractId { get; init; }
    public required byte[] Content { get; set; }
}

/// <summary>
/// The monthly rollup: registered contracts per seller county, month and type, maintained in the same transaction
/// as every registration and import, so statistics and indicators read a few hundred rows instead of the register.
/// </summary>
public sealed class ContractMonthStat
{
    public required string RegionCode { get; init; }

    /// <summary>yyyymm.</summary>
    public int Period { get; init; }

    public required string Type { get; init; }
    public int Count { get; set; }
    public decimal Turnover { get; set; }
    public decimal TechTransaction { get; set; }
}
