using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Users;

public sealed record ListUsersQuery(string? Q = null, string? Role = null, string? RegionCode = null, int? Page = null, int? PageSize = null);

/// <summary>The user list of an administrator's region, searchable by name and filterable by role and region.</summary>
public sealed class ListUsers(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<UserDto>> HandleAsync(Caller caller, ListUsersQuery query, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        var (page, size) = Page<UserDto>.Normalize(query.Page, query.PageSize);
        var users = db.Users.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            users = users.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }
        if (caller.ScopeTo(query.RegionCode) is { } region)
        {
            users = users.Within(u => u.RegionCode, region, RegionColumn.AnyCodes);
        }
        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            var role = query.Role.Trim();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }
        var total = await users.CountAsync(ct);
        var items = await users.OrderBy(u => u.RegionCode).ThenBy(u => u.UserName)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<UserDto>(await UserQueries.ToDtosAsync(db, items, clock.GetUtcNow(), ct), total, page, size);
    }
}
