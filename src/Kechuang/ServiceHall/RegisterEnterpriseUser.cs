using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.ServiceHall;

/// <summary>POST /api/hall/registrations (anonymous, the /register page): an invitation code makes the account at once.</summary>
public sealed record RegistrationRequest(string? Uscc, string? DisplayName, string? Phone, string? Email, string? Password, string? InvitationCode = null);

/// <summary>What became of a registration, in words for the person: <paramref name="Status"/> 待审核 or 已开通.</summary>
public sealed record RegistrationResult(Guid? RequestId, string EnterpriseName, string Status, bool Additional, string Message);

/// <summary>
/// Registration of an enterprise user (docs/domain.md §7.12): the code is checked by GB 32100-2015 (§2), the enterprise
/// must be in the register, and the bureau of its county approves. An enterprise that already has an enterprise
/// admin still gets the request, marked 追加用户, with the advice to ask that admin.
/// </summary>
public sealed class RegisterEnterpriseUser(KechuangDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const string Invited = "已开通";

    public async Task<RegistrationResult> HandleAsync(RegistrationRequest request, CancellationToken ct = default)
    {
        var v = new Validation();
        HallRules.CheckPerson(v, request.DisplayName, request.Phone, request.Email);
        await HallRules.CheckPasswordAsync(users, v, request.Password);
        var code = Validation.Blank(request.InvitationCode);
        if (code is null && Uscc.Problem(request.Uscc) is { } problem)
        {
            v.Add("uscc", $"统一社会信用代码有误：{problem}");
        }
        v.ThrowIfAny();
        var phone = request.Phone!.Trim();
        return code is null ? await RequestAsync(request, phone, ct) : await AcceptInvitationAsync(request, code, phone, ct);
    }

    private async Task<RegistrationResult> RequestAsync(RegistrationRequest request, string phone, CancellationToken ct)
    {
        var uscc = Uscc.Parse(request.Uscc!).Value;
        if (!(await EnterpriseLookup.ByUsccAsync(db, [uscc], ct)).TryGetValue(uscc, out var enterprise))
        {
            var contact = await BureauContact.ForAsync(db, uscc[2..8], ct);
            throw new ValidationFailedException("uscc",
                $"企业库中没有统一社会信用代码为 {uscc} 的企业。企业库由科技局维护，请先联系{contact}登记企业后再注册");
        }
        await HallAccounts.CheckPhoneFreeAsync(db, phone, null, ct);
        var additional = await HallAccounts.HasAdminAsync(db, enterprise.Id, ct);
        var row = new AccountRequest
        {
            EnterpriseId = enterprise.Id, Uscc = uscc, EnterpriseName = enterprise.Name, RegionCode = enterprise.RegionCode,
            DisplayName = request.DisplayName!.Trim(), Phone = phone, Email = Validation.Blank(request.Email),
            PasswordHash = HallAccounts.HashPassword(users, request.Password!), Additional = additional, CreatedAt = clock.GetUtcNow(),
        };
        db.HallAccountRequests.Add(row);
        await db.SaveChangesAsync(ct);
        var bureau = await BureauContact.ForAsync(db, enterprise.RegionCode, ct);
        var message = additional
            ? $"{enterprise.Name}已有企业管理员。同一企业的其他用户最好由本企业管理员在“企业用户”中直接添加；本申请已作为“追加用户”提交{bureau}审核"
            : $"申请已提交，等待{bureau}审核；审核通过后用手机号 {phone} 和所设密码登录";
        return new RegistrationResult(row.Id, enterprise.Name, AccountRequestStatus.Pending, additional, message);
    }

    private async Task<RegistrationResult> AcceptInvitationAsync(RegistrationRequest request, string code, string phone, CancellationToken ct)
    {
        var hash = HallRules.Hash(code);
        var now = clock.GetUtcNow();
        var invitation = await db.HallInvitations.FirstOrDefaultAsync(i => i.CodeHash == hash, ct);
        if (invitation is null || invitation.UsedAt is not null || invitation.ExpiresAt <= now)
        {
            throw new ValidationFailedException("invitationCode", "邀请码无效、已使用或已过期，请向科技局重新索取");
        }
        var uscc = await EnterpriseLookup.UsccAsync(db, invitation.EnterpriseId, ct) ?? throw new NotFoundException("邀请对应的企业已不在企业库中");
        if (Validation.Blank(request.Uscc) is { } given && !string.Equals(given.ToUpperInvariant(), uscc, StringComparison.Ordinal))
        {
            throw new ValidationFailedException("uscc", $"邀请码属于统一社会信用代码为 {uscc} 的企业，与所填代码不一致");
        }
        await HallAccounts.CheckPhoneFreeAsync(db, phone, null, ct);
        var names = await EnterpriseLookup.NamesAsync(db, [invitation.EnterpriseId], ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await HallAccounts.CreateAsync(db, users, clock, invitation.EnterpriseId, invitation.RegionCode, request.DisplayName!, phone,
            request.Email, HallAccounts.HashPassword(users, request.Password!), adminIfFirst: true, invitation.CreatedBy, ct);
        invitation.UsedAt = now;
        invitation.UsedBy = user.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RegistrationResult(null, names.GetValueOrDefault(invitation.EnterpriseId, ""), Invited, false, $"账号已开通，请用手机号 {phone} 和所设密码登录");
    }
}
