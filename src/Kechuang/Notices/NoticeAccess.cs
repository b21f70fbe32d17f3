using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Notices;

/// <summary>
/// Who may do what (docs/domain.md §7.11): admins and staff of a region write its notices, leaders read them, an
/// enterprise user reads only the published notices addressed to its enterprise (another's: 404); experts and
/// commissioners see nothing (403). Another region's notice answers 404 so ids cannot be probed.
/// </summary>
internal static class NoticeAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Staff, Roles.Leader];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能管理通知公告");
        }
    }

    public static void RequireWriter(Caller caller) => caller.RequireRole(Roles.Admin, Roles.Staff);

    public static Guid RequireEnterprise(Caller caller)
    {
        caller.RequireRole(Roles.Enterprise);
        return caller.EnterpriseId ?? throw new ForbiddenException("当前账号未关联企业");
    }

    public static IQueryable<Notice> InRegion(KechuangDbContext db, RegionCode region) =>
        db.Notices.Within(n => n.RegionCode, region, RegionColumn.AnyCodes, RegionScope.MatchFor(db));

    public static async Task<Notice> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        return await InRegion(db, caller.Region).FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException("未找到该通知");
    }

    /// <summary>A published or withdrawn notice the caller's enterprise is in the audience of, with its receipt row.</summary>
    public static async Task<(Notice Notice, NoticeRecipient Recipient)> LoadMineAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var enterprise = RequireEnterprise(caller);
        var recipient = await db.NoticeRecipients.FirstOrDefaultAsync(r => r.NoticeId == id && r.EnterpriseId == enterprise, ct)
            ?? throw new NotFoundException("未找到该通知");
        var notice = await db.Notices.FirstAsync(n => n.Id == id, ct);
        return notice.Status == NoticeStatus.Draft ? throw new NotFoundException("未找到该通知") : (notice, recipient);
    }
}
