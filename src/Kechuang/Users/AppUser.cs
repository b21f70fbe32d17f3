using Microsoft.AspNetCore.Identity;

namespace Kechuang.Users;

/// <summary>A person who logs in. Every user belongs to a region and sees only that region and those under it.</summary>
public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public required string RegionCode { get; set; }

    /// <summary>Set for enterprise users: the one enterprise they may see and edit.</summary>
    public Guid? EnterpriseId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
