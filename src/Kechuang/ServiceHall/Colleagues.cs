using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.ServiceHall;

/// <summary>An account of the caller's enterprise, as the enterprise admin's page lists it.</summary>
public sealed record ColleagueDto(string Id, string UserName, string DisplayName, string? Phone, string? Email, bool IsAdmin, bool Disabled, DateTimeOffset CreatedAt);

public sealed record ColleagueRequest(string? DisplayName, string? Phone, string? Email, string? Password);

public sealed record ColleagueLockRequest(bool? Locked);

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

/// <summary>POST /api/hall/users: the enterprise admin adds a colleague, who can log in at once with the password given.</summary>
public sealed class AddColleague(KechuangDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<ColleagueDto> HandleAsync(Caller caller, ColleagueRequest request, CancellationToken ct = default)
    {
        var enterprise = await HallAccess.RequireEnterpriseAdminAsync(db, caller, ct);
        var v = new Validation();
        HallRules.CheckPerson(v, request.DisplayName, request.Phone, request.Email);
        await HallRules.CheckPasswordAsync(users, v, request.Password);
        v.ThrowIfAny();
        var phone = request.Phone!.Trim();
        await HallAccounts.CheckPhoneFreeAsync(db, phone, null, ct);
        var standing = await EnterpriseLookup.StandingAsync(db, enterprise, DateOnly.MinValue, ct) ?? throw new NotFoundException("未找到本企业");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await HallAccounts.CreateAsync(db, users, clock, enterprise, standing.RegionCode, request.DisplayName!, phone, request.Email,
            HallAccounts.HashPassword(users, request.Password!), adminIfFirst: false, caller.UserName, ct);
        await transaction.CommitAsync(ct);
        return (await ListColleagues.ListAsync(db, enterprise, clock.GetUtcNow(), ct)).Single(c => c.Id == user.Id);
    }
}

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
