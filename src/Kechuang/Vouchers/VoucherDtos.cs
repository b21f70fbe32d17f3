namespace Kechuang.Vouchers;

public sealed record ProgrammeDto(
    Guid Id, string Name, string RegionCode, string? RegionName, int Year, decimal Total, decimal PerEnterpriseLimit, decimal Share,
    DateOnly ValidFrom, DateOnly ValidUntil, decimal? AutoAmount, decimal Issued, decimal Redeemed, int Vouchers, int Version);

public sealed record VoucherDto(
    Guid Id, string Number, Guid? ProgrammeId, string? ProgrammeName, Guid EnterpriseId, string? EnterpriseName, string RegionCode,
    decimal Amount, decimal Balance, decimal Redeemed, DateOnly? IssuedOn, DateOnly ValidUntil, string Status, string Source, string? Note,
    bool Expired, int Version);

public sealed record VoucherEntryDto(DateOnly On, string Kind, decimal Change, decimal BalanceAfter, string? Note);

public sealed record RedemptionDto(
    Guid Id, Guid VoucherId, string VoucherNumber, Guid ProviderId, string ProviderName, Guid EnterpriseId, string? EnterpriseName,
    decimal ContractAmount, decimal Covered, string InvoiceNo, DateOnly ServedOn, string Basis, string? ServiceName);

/// <summary>A voucher with its balance history and redemptions (the voucher's page).</summary>
public sealed record VoucherDetailDto(VoucherDto Voucher, IReadOnlyList<VoucherEntryDto> History, IReadOnlyList<RedemptionDto> Redemptions);

/// <summary>The answer to a redemption: what the voucher covered and what is left (yuan).</summary>
public sealed record RedemptionResult(Guid Id, decimal Covered, decimal Balance, decimal ContractAmount, string Basis, decimal? YearlyRemaining);

public sealed record ProviderServiceDto(Guid Id, string Name, decimal Price, string? Unit);

public sealed record ProviderRelationDto(Guid EnterpriseId, string? EnterpriseName, string Kind);

public sealed record ProviderDto(
    Guid Id, string Uscc, string Name, string RegionCode, string? RegionName, bool Approved, DateOnly? ApprovedOn, string? Contact, string? Phone,
    IReadOnlyList<ProviderServiceDto> Services, IReadOnlyList<ProviderRelationDto> Relations, int Redemptions, decimal Covered, int Version);

/// <summary>The result of issuing to every enterprise with a valid 科技型中小企业 title (免申即享).</summary>
public sealed record AutoIssueResult(int Issued, int AlreadyHeld, decimal Amount, IReadOnlyList<string> Skipped);
