namespace Kechuang.ServiceHall;

/// <summary>A registration request as the bureau's list shows it (never the password hash).</summary>
public sealed record AccountRequestDto(
    Guid Id, Guid EnterpriseId, string EnterpriseName, string Uscc, string RegionCode, string DisplayName, string Phone, string? Email,
    bool Additional, string Status, string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt, DateTimeOffset CreatedAt, int Version)
{
    public static AccountRequestDto From(AccountRequest r) => new(
        r.Id, r.EnterpriseId, r.EnterpriseName, r.Uscc, r.RegionCode, r.DisplayName, r.Phone, r.Email, r.Additional, r.Status, r.Reason,
        r.DecidedBy, r.DecidedAt, r.CreatedAt, r.Version);
}
