using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
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

/// <summary>The checks and field copy shared by create and update.</summary>
internal static class SaveNotice
{
    public static async Task ApplyAsync(KechuangDbContext db, Caller caller, Notice notice, NoticeRequest request, DateOnly today, CancellationToken ct)
    {
        var v = new Validation();
        NoticeRules.Check(request, today, v);
        var region = caller.ScopeTo(request.RegionCode) ?? caller.Region;
        var ids = (request.EnterpriseIds ?? []).Distinct().ToList();
        var audience = Validation.Blank(request.Audience) ?? NoticeAudience.All;
        if (audience == NoticeAudience.List && !v.HasErrors)
        {
            foreach (var enterprise in ids)
            {
                await EnterpriseReference.CheckIdAsync(db, caller, enterprise, region, "enterpriseIds", v, ct);
                if (v.HasErrors)
                {
                    break;
                }
            }
        }
        v.ThrowIfAny();
        notice.RegionCode = region.Value;
        notice.Title = request.Title!.Trim();
        notice.Body = request.Body!.Trim();
        notice.Audience = audience;
        notice.AudienceTitle = audience == NoticeAudience.Title ? request.AudienceTitle : null;
        notice.EnterpriseIds = audience == NoticeAudience.List ? ids : [];
        notice.IsPublic = request.IsPublic;
        notice.Deadline = request.Deadline;
    }
}
