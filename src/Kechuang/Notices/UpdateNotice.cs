using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Notices;

/// <summary>PUT /api/notices/{id}: a draft changes (a published notice is withdrawn, not edited: 409).</summary>
public sealed class UpdateNotice(KechuangDbContext db, TimeProvider clock)
{
    public async Task<NoticeDto> HandleAsync(Caller caller, Guid id, NoticeRequest request, CancellationToken ct = default)
    {
        NoticeAccess.RequireWriter(caller);
        var notice = await NoticeAccess.LoadAsync(db, caller, id, ct);
        if (notice.Status != NoticeStatus.Draft)
        {
            throw new ConflictException($"通知{notice.Status}，不能再修改");
        }
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, notice, version);
        }
        await SaveNotice.ApplyAsync(db, caller, notice, request, clock.TodayInChina(), ct);
        notice.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetNotice.DtoAsync(db, notice, ct);
    }
}
