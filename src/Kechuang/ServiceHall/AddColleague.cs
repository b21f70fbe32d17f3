using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.ServiceHall;

public sealed record ColleagueRequest(string? DisplayName, string? Phone, string? Email, string? Password);

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
