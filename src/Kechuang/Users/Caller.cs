using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Regions;

namespace Kechuang.Users;

/// <summary>Who is asking: what every use case checks before it reads or writes.</summary>
public sealed record Caller(string UserId, string UserName, IReadOnlySet<string> Roles, RegionCode Region, Guid? EnterpriseId)
{
    public const string RegionClaim = "kechuang:region";
    public const string EnterpriseClaim = "kechuang:enterprise";

    public bool IsIn(string role) => Roles.Contains(role);

    public bool CanSee(RegionCode region) => Region.Covers(region);

    public void RequireRole(params string[] roles)
    {
        if (!roles.Any(IsIn))
        {
            throw new ForbiddenException("当前账号没有此操作的权限");
        }
    }

    public void RequireRegion(RegionCode region)
    {
        if (!CanSee(region))
        {
            throw new ForbiddenException($"当前账号只能访问本辖区（{Region}）及下级区划的数据");
        }
    }

    /// <summary>
    /// A region filter the caller asked for: null when blank, 400 when malformed, 403 when outside the caller's
    /// region.
    /// </summary>
    public RegionCode? ScopeTo(string? regionCode)
    {
        if (string.IsNullOrWhiteSpace(regionCode))
        {
            return null;
        }
        if (RegionCode.Problem(regionCode) is { } problem)
        {
            throw new ValidationFailedException("regionCode", problem);
        }
        var region = RegionCode.Parse(regionCode);
        RequireRegion(region);
        return region;
    }

    /// <summary>Reads a principal made by <see cref="KechuangClaimsFactory"/>; null when it is not a signed-in user.</summary>
    public static Caller? From(ClaimsPrincipal? principal)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var region = principal?.FindFirstValue(RegionClaim);
        if (principal is null || id is null || !RegionCode.TryParse(region, out var code))
        {
            return null;
        }
        var enterprise = principal.FindFirstValue(EnterpriseClaim);
        return new Caller(
            id,
            principal.FindFirstValue(ClaimTypes.Name) ?? id,
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            code,
            enterprise is null ? null : Guid.Parse(enterprise));
    }
}
