using Kechuang.Common;
using Kechuang.Data;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Users;

/// <summary><see cref="Version"/> is the version the editor saw; a different current version means a stale edit (409).</summary>
public sealed record UpdateUserRequest(
    string? DisplayName,
    string? RegionCode,
    IReadOnlyList<string>? Roles,
    string? Version,
    Guid? EnterpriseId = null,
    string? Email = null,
    string? PhoneNumber = null);

public sealed class UpdateUser(KechuangDbContext db, UserManager<AppUser> users, SessionValidity sessions, TimeProvider clock)
{
    public async Task<UserDto> HandleAsync(Caller caller, string id, UpdateUserRequest request, CancellationToken ct = default)
    {
        var user = await GetUser.LoadAsync(db, caller, id, ct);
        var validation = new Validation().Require(!string.IsNullOrWhiteSpace(request.Version), "version", "缺少版本号（version），请先读取该用户");
        var region = await UserRules.CheckAsync(db, caller, validation, request.DisplayName, request.RegionCode, request.Roles, request.EnterpriseId, ct);
        validation.ThrowIfAny();
        if (request.Version != user.ConcurrencyStamp)
        {
            throw new ConflictException("该用户已被他人修改，请刷新后重试");
        }
        var roles = UserRules.Normalize(request.Roles!).ToList();
        if (user.Id == caller.UserId && !roles.Contains(Roles.Admin))
        {
            throw new ValidationFailedException("roles", "不能取消自己的系统管理员角色");
        }

        // What a sign-in carries as claims (roles, region, enterprise) changes: the old sign-ins end (SessionValidity).
        var rights = user.RegionCode != region!.Value.Value || user.EnterpriseId != request.EnterpriseId
            || !(await users.GetRolesAsync(user)).ToHashSet().SetEquals(roles);
        user.DisplayName = request.DisplayName!.Trim();
        user.RegionCode = region!.Value.Value;
        user.EnterpriseId = request.EnterpriseId;
        user.Email = UserRules.Blank(request.Email);
        user.PhoneNumber = UserRules.Blank(request.PhoneNumber);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A new stamp is saved with the other changes: one update, one audit entry.
        (await (rights ? users.UpdateSecurityStampAsync(user) : users.UpdateAsync(user))).ThrowIfFailed();
        var current = await users.GetRolesAsync(user);
        (await users.RemoveFromRolesAsync(user, current.Except(roles))).ThrowIfFailed();
        (await users.AddToRolesAsync(user, roles.Except(current))).ThrowIfFailed();
        await transaction.CommitAsync(ct);
        sessions.Forget(user.Id);
        return (await UserQueries.ToDtosAsync(db, [user], clock.GetUtcNow(), ct))[0];
    }
}
