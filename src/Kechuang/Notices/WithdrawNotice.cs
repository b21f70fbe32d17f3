using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Notices;

/// <summary>POST /api/notices/{id}/withdraw: a published notice is taken back; its receipts and replies stay, replies stop.</summary>
public sealed class WithdrawNotice(KechuangDbContext db, TimeProvider clock)
{
    public async Task<NoticeDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        NoticeAccess.RequireWriter(caller);
        var notice = await NoticeAccess.LoadAsync(db, caller, id, ct);
        if (notice.Status != NoticeStatus.Published)
        {
            throw new ConflictException($"通知{notice.Status}，只有已发布的通知可以撤回");
        }
        notice.Status = NoticeStatus.Withdrawn;
        notice.WithdrawnAt = clock.GetUtcNow();
        notice.UpdatedAt = notice.WithdrawnAt.Value;
        await db.SaveChangesAsync(ct);
        return await GetNotice.DtoAsync(db, notice, ct);
    }
}
