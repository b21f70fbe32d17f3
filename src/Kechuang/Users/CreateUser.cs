using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Users;

public sealed record CreateUserRequest(
    string? UserName,
    string? DisplayName,
    string? Password,
    string? RegionCode,
    IReadOnlyList<string>? Roles,
    Guid? EnterpriseId = null,
    string? Email = null,
    string? PhoneNumber = null);

/// <summary>An administrator adds a user to their region (or a region under it).</summary>
public sealed class CreateUser(KechuangDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<UserDto> HandleAsync(Caller caller, CreateUserRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        var validation = new Validation()
            .Require(!string.IsNullOrWhiteSpace(request.UserName), "userName", "请填写用户名")
            .Require(!string.IsNullOrWhiteSpace(request.Password), "password", "请填写初始密码");
        var region = await UserRules.CheckAsync(db, caller, validation, request.DisplayName, request.RegionCode, request.Roles, request.EnterpriseId, ct);
        validation.ThrowIfAny();

        var user = new AppUser
        {
            UserName = request.UserName!.Trim(),
            DisplayName = request.DisplayName!.Trim(),
            RegionCode = region!.Value.Value,
            EnterpriseId = request.EnterpriseId,
            Email = UserRules.Blank(request.Email),
            PhoneNumber = UserRules.Blank(request.PhoneNumber),
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        (await users.CreateAsync(user, request.Password!)).ThrowIfFailed();
        (await users.AddToRolesAsync(user, UserRules.Normalize(request.Roles!))).ThrowIfFailed();
        await transaction.CommitAsync(ct);
        return (await UserQueries.ToDtosAsync(db, [user], clock.GetUtcNow(), ct))[0];
    }
}

internal static class UserRules
{
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IEnumerable<string> Normalize(IEnumerable<string> roles) => roles.Select(r => r.Trim()).Distinct();

    /// <summary>The checks shared by create and update; returns the region when its code is valid.</summary>
    public static async Task<RegionCode?> CheckAsync(
        KechuangDbContext db, Caller caller, Validation validation,
        string? displayName, string? regionCode, IReadOnlyList<string>? roles, Guid? enterpriseId, CancellationToken ct)
    {
        validation.Require(!string.IsNullOrWhiteSpace(displayName), "displayName", "请填写姓名");
        if (roles is null || roles.Count == 0)
        {
            validation.Add("roles", "请至少选择一个角色");
        }
        else
        {
            foreach (var role in roles.Where(r => !Users.Roles.All.Contains(r.Trim())))
            {
                validation.Add("roles", $"角色“{role}”不存在，可选：{string.Join("、", Users.Roles.All)}");
            }
            if (roles.Contains(Users.Roles.Enterprise) && enterpriseId is null)
            {
                validation.Add("enterpriseId", "企业用户必须关联一家企业");
            }
        }
        if (RegionCode.Problem(regionCode) is { } problem)
        {
            validation.Add("regionCode", problem);
            return null;
        }
        var region = RegionCode.Parse(regionCode!);
        if (!await db.Regions.AnyAsync(r => r.Code == region.Value && r.RetiredOn == null, ct))
        {
            validation.Add("regionCode", $"行政区划代码 {region} 不存在或已撤销");
            return null;
        }
        caller.RequireRegion(region);
        // The linked enterprise follows the one reference rule: in the register, in the caller's region and in the
        // user's own (docs/domain.md §1, References to an enterprise).
        if (enterpriseId is { } id)
        {
            await Enterprises.EnterpriseReference.CheckIdAsync(db, caller, id, region, "enterpriseId", validation, ct);
        }
        return region;
    }
}
