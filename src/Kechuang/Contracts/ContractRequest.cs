namespace Kechuang.Contracts;

/// <summary>
/// A received contract as the registry enters it (amounts in yuan; <see cref="Type"/> one of
/// <see cref="ContractTypes.All"/> by word). The buyer's code and region may be blank for a buyer abroad.
/// </summary>
public sealed record ContractRequest(
    string? Name,
    string? Type,
    string? SellerName,
    string? SellerUscc,
    string? SellerRegionCode,
    string? BuyerName,
    string? BuyerUscc,
    string? BuyerRegionCode,
    DateOnly? SignedOn,
    DateOnly? ReceivedOn,
    decimal? Turnover,
    decimal? TechTransaction,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null,
    string? TechnologyField = null);

/// <summary>登记: the number is assigned when left out.</summary>
public sealed record RegisterContractRequest(DateOnly? RegisteredOn, string? RegistrationNo = null);

/// <summary>不予登记: the reason is required and shown to the seller.</summary>
public sealed record RefuseContractRequest(DateOnly? DecidedOn, string? Reason);
