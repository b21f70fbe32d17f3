namespace Kechuang.Enterprises.Cultivation;

public sealed record PoolEntryRequest(Guid? EnterpriseId, int? Year, string? Target, string? Stage, string? Notes, int? Version = null);

public sealed record PoolEntryDto(Guid Id, Guid EnterpriseId, string EnterpriseName, string Uscc, string RegionCode, int Year, string Target, string Stage, string? Notes, DateTimeOffset UpdatedAt, int Version);

/// <summary>A title that runs out soon, or a tech-SME registration to renew.</summary>
public sealed record Reminder(Guid EnterpriseId, string EnterpriseName, string RegionCode, string Type, string Number, DateOnly ExpiresOn, int DaysLeft, string Message);
