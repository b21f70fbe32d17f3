using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Notices;

/// <summary>POST /api/notices: a new draft of the caller's region (or one under it).</summary>
public sealed class CreateNotice(KechuangDbContext db, TimeProvider clock)
{
    public async Task<NoticeDto> HandleAsync(Caller caller, NoticeRequest request, CancellationToken ct = default)
    {
        NoticeAccess.RequireWriter(caller);
        var notice = new Notice
        {
            RegionCode = caller.Region.Value, Title = "", Body = "", Audience = NoticeAudience.All,
            CreatedBy = caller.UserName, CreatedAt = clock.GetUtcNow(),
        };
        await SaveNotice.ApplyAsync(db, caller, notice, request, clock.TodayInChina(), ct);
        notice.UpdatedAt = clock.GetUtcNow();
        db.Notices.Add(notice);
        await db.SaveChangesAsync(ct);
        return await GetNotice.DtoAsync(db, notice, ct);
    }
}
