using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.ServiceHall;

/// <summary>POST /api/hall/requests/{id}/approve or /reject; <paramref name="Reason"/> is required to reject.</summary>
public sealed record DecideRequest(string? Reason, int? Version);

/// <summary>
/// The bureau of the enterprise's county decides (docs/domain.md §7.12): approval makes the account with the password
/// the person set; the enterprise's first account becomes its 企业管理员. A decided request is not decided again (409).
/// </summary>
public sealed class DecideAccountRequest(KechuangDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<AccountRequestDto> HandleAsync(Caller caller, Guid id, bool approve, DecideRequest request, CancellationToken ct = default)
    {
        HallAccess.RequireBureauEdit(caller);
        var row = await HallAccess.RequestAsync(db, caller, id, ct);
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, row, version);
        }
        if (row.Status != AccountRequestStatus.Pending)
        {
            throw new ConflictException($"该申请已{row.Status}，不能再次处理");
        }
        var reason = Validation.Blank(request.Reason);
        if (!approve)
        {
            new Validation().Text(reason, "reason", "驳回理由", HallRules.MaxReason).ThrowIfAny();
        }
        else if (reason is { Length: > HallRules.MaxReason })
        {
            throw new ValidationFailedException("reason", $"备注不能超过{HallRules.MaxReason}个字");
        }
        row.Status = approve ? AccountRequestStatus.Approved : AccountRequestStatus.Rejected;
        row.Reason = reason;
        row.DecidedBy = caller.UserName;
        row.DecidedAt = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (approve)
        {
            await HallAccounts.CheckPhoneFreeAsync(db, row.Phone, row.Id, ct);
            var user = await HallAccounts.CreateAsync(db, users, clock, row.EnterpriseId, row.RegionCode, row.DisplayName, row.Phone, row.Email,
                row.PasswordHash, adminIfFirst: true, caller.UserName, ct);
            row.UserId = user.Id;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return AccountRequestDto.From(row);
    }
}
