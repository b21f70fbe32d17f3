namespace Kechuang.Vouchers;

/// <summary>POST/PUT /api/voucher-programmes: <see cref="Share"/> a fraction, 0.5 when left out.</summary>
public sealed record ProgrammeRequest(
    string? Name, string? RegionCode, int? Year, decimal? Total, decimal? PerEnterpriseLimit, decimal? Share,
    DateOnly? ValidFrom, DateOnly? ValidUntil, decimal? AutoAmount = null, int? Version = null);

/// <summary>POST /api/vouchers: staff issue directly; an enterprise user applies for its own enterprise (待审核 until approved).</summary>
public sealed record VoucherRequest(Guid? EnterpriseId, decimal? Amount, DateOnly? ValidUntil, Guid? ProgrammeId = null, string? Note = null);

/// <summary>POST /api/vouchers/{id}/decide: approve an application, or refuse it with a reason.</summary>
public sealed record VoucherDecisionRequest(bool? Approve, string? Reason = null);

/// <summary>POST /api/vouchers/{id}/redemptions.</summary>
public sealed record RedemptionRequest(Guid? ProviderId, decimal? ContractAmount, string? InvoiceNo, DateOnly? ServedOn, Guid? ServiceId = null);

/// <summary>POST /api/voucher-providers and PUT …/{id}: services and relations replace the provider's lists when given.</summary>
public sealed record ProviderRequest(
    string? Uscc, string? Name, string? RegionCode = null, bool? Approved = null, string? Contact = null, string? Phone = null,
    IReadOnlyList<ProviderServiceRequest>? Services = null, IReadOnlyList<ProviderRelationRequest>? Relations = null, int? Version = null);

public sealed record ProviderServiceRequest(string? Name, decimal? Price, string? Unit = null);

public sealed record ProviderRelationRequest(Guid? EnterpriseId, string? Kind);

/// <summary>GET /api/vouchers: status, programme, year of issue, search by 券号 or enterprise name.</summary>
public sealed record ListVouchersQuery(string? RegionCode = null, string? Status = null, Guid? ProgrammeId = null, string? Q = null, int? Page = null, int? PageSize = null);

/// <summary>GET /api/voucher-redemptions: a year of service, a provider, search by invoice or enterprise.</summary>
public sealed record ListRedemptionsQuery(string? RegionCode = null, int? Year = null, Guid? ProviderId = null, string? Q = null, int? Page = null, int? PageSize = null);
