using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;

namespace Kechuang.ServiceHall;

/// <summary>The code is shown once: only its hash is kept, so a lost code means a new invitation.</summary>
public sealed record InvitationDto(Guid Id, Guid EnterpriseId, string EnterpriseName, string Code, string Link, DateTimeOffset ExpiresAt);

/// <summary>POST /api/hall/enterprises/{id}/invitations: the bureau invites an enterprise of its region; another region's is 404 (ADR 0015).</summary>
public sealed class CreateInvitation(KechuangDbContext db, TimeProvider clock)
{
    public async Task<InvitationDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        HallAccess.RequireBureauEdit(caller);
        var region = await EnterpriseReference.CheckIdAsync(db, caller, id, null, "enterpriseId", new Validation(), ct)
            ?? throw new NotFoundException("未找到该企业");
        var code = HallRules.NewCode();
        var now = clock.GetUtcNow();
        var invitation = new HallInvitation
        {
            EnterpriseId = id, RegionCode = region, CodeHash = HallRules.Hash(code), ExpiresAt = now + HallRules.InvitationLife,
            CreatedBy = caller.UserName, CreatedAt = now,
        };
        db.HallInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        var name = (await EnterpriseLookup.NamesAsync(db, [id], ct)).GetValueOrDefault(id, "");
        return new InvitationDto(invitation.Id, id, name, code, $"/register?code={code}", invitation.ExpiresAt);
    }
}
