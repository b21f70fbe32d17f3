using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.ServiceHall;

public sealed record ColleagueLockRequest(bool? Locked);

/// <summary>
/// PUT /api/hall/users/{id}/locked: the enterprise admin disables or re-enables a colleague by the same mechanism as a
/// system admin (<see cref="SetUserLocked.ApplyAsync"/>, ADR 0014): the colleague's sessions end on their next request.
/// </summary>
public sealed class SetColleagueLocked(KechuangDbContext db, UserManager<AppUser> users, SessionValidity sessions, TimeProvider clock)
{
    public async Task<ColleagueDto> HandleAsync(Caller caller, string id, ColleagueLockRequest request, CancellationToken ct = default)
    {
        var enterprise = await HallAccess.RequireEnterpriseAdminAsync(db, caller, ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.EnterpriseId == enterprise, ct)
            ?? throw new NotFoundException("未找到该用户");
        if (request.Locked is not { } locked)
        {
            throw new ValidationFailedException("locked", "请说明停用（true）还是启用（false）");
        }
        if (user.Id == caller.UserId)
        {
            throw new ValidationFailedException("id", "不能停用自己的账号");
        }
        await SetUserLocked.ApplyAsync(users, sessions, user, locked);
        return (await ListColleagues.ListAsync(db, enterprise, clock.GetUtcNow(), ct)).Single(c => c.Id == user.Id);
    }
}
