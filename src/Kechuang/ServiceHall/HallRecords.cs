namespace Kechuang.ServiceHall;

/// <summary>
/// A person's request for an enterprise account, made at /register (docs/domain.md §7.12): waits for the bureau of
/// the enterprise's county. The password is kept only as Identity's hash until the account is made.
/// </summary>
public sealed class AccountRequest : Data.IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; set; }
    public required string Uscc { get; set; }
    public required string EnterpriseName { get; set; }

    /// <summary>The enterprise's county: the bureau that decides.</summary>
    public required string RegionCode { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>The mobile number, which is also the login name.</summary>
    public required string Phone { get; set; }

    public string? Email { get; set; }
    public required string PasswordHash { get; set; }

    /// <summary>The enterprise already had an enterprise admin when the request was made (追加用户).</summary>
    public bool Additional { get; set; }

    public string Status { get; set; } = AccountRequestStatus.Pending;
    public string? Reason { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}

public static class AccountRequestStatus
{
    public const string Pending = "待审核";
    public const string Approved = "已通过";
    public const string Rejected = "已驳回";

    public static readonly IReadOnlyList<string> All = [Pending, Approved, Rejected];
}

/// <summary>An enterprise user's place in its enterprise: the first approved is its 企业管理员.</summary>
public sealed class EnterpriseMember
{
    public required string UserId { get; set; }
    public Guid EnterpriseId { get; set; }
    public bool IsAdmin { get; set; }
    public string? AddedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A one-time code the bureau gives an enterprise; only its SHA-256 is stored.</summary>
public sealed class HallInvitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; set; }
    public required string RegionCode { get; set; }
    public required string CodeHash { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public string? UsedBy { get; set; }
}
