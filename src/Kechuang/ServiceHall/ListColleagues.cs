using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.ServiceHall;

/// <summary>An account of the caller's enterprise, as the enterprise admin's page lists it.</summary>
public sealed record ColleagueDto(string Id, string UserName, string DisplayName, string? Phone, string? Email, bool IsAdmin, bool Disabled, DateTimeOffset CreatedAt);

/// <summary>GET /api/hall/users: every account linked to the admin's enterprise, itself included.</summary>
public sealed class ListColleagues(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ColleagueDto>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        var enterprise = await HallAccess.RequireEnterpriseAdminAsync(db, caller, ct);
        return await ListAsync(db, enterprise, clock.GetUtcNow(), ct);
    }

    internal static async Task<IReadOnlyList<ColleagueDto>> ListAsync(KechuangDbContext db, Guid enterprise, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await (from u in db.Users.AsNoTracking()
                          where u.EnterpriseId == enterprise
                          select new { u.Id, u.UserName, u.DisplayName, u.PhoneNumber, u.Email, u.LockoutEnd, u.CreatedAt })
            .ToListAsync(ct);
        var admin = await HallAccounts.AdminAsync(db, enterprise, ct);
        return [.. rows.OrderByDescending(r => r.Id == admin).ThenBy(r => r.CreatedAt)
            .Select(r => new ColleagueDto(r.Id, r.UserName!, r.DisplayName, r.PhoneNumber, r.Email, r.Id == admin, r.LockoutEnd > now, r.CreatedAt))];
    }
}
