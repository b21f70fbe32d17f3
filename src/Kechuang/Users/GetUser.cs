using Kechuang.Common;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Users;

public sealed class GetUser(KechuangDbContext db, TimeProvider clock)
{
    public async Task<UserDto> HandleAsync(Caller caller, string id, CancellationToken ct = default)
    {
        var user = await LoadAsync(db, caller, id, ct);
        return (await UserQueries.ToDtosAsync(db, [user], clock.GetUtcNow(), ct))[0];
    }

    /// <summary>Admins reach users of their own region only; others' users answer 404 so ids cannot be probed.</summary>
    internal static async Task<AppUser> LoadAsync(KechuangDbContext db, Caller caller, string id, CancellationToken ct)
    {
        caller.RequireRole(Roles.Admin);
        return await db.Users.VisibleTo(caller).FirstOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new NotFoundException("未找到该用户");
    }
}
