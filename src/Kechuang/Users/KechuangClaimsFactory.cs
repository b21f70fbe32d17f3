using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kechuang.Users;

/// <summary>Puts the user's region and enterprise into the cookie and the bearer token, so scoping needs no lookup.</summary>
public sealed class KechuangClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Caller.RegionClaim, user.RegionCode));
        identity.AddClaim(new Claim("kechuang:displayName", user.DisplayName));
        if (user.EnterpriseId is { } enterprise)
        {
            identity.AddClaim(new Claim(Caller.EnterpriseClaim, enterprise.ToString()));
        }
        return identity;
    }
}
