using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>
/// Who sees visits (docs/domain.md §1, §7.13): staff and admins of the region write, leaders read; the register is the
/// bureau's working record of what it heard, so enterprise users, experts and commissioners get 403; another region's
/// record is 404.
/// </summary>
internal static class VisitAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff];
    private static readonly string[] Assignable = [Roles.Admin, Roles.Staff];

    public static bool IsBureau(Caller caller) => Readers.Any(caller.IsIn);

    public static void RequireBureau(Caller caller)
    {
        if (!IsBureau(caller))
        {
            throw new ForbiddenException("走访记录仅供科技局工作人员查看");
        }
    }

    public static void RequireWriter(Caller caller) => caller.RequireRole(Roles.Admin, Roles.Staff);

    /// <summary>The visits of <paramref name="region"/> (the caller's own when null); not the bureau: 403.</summary>
    public static IQueryable<Visit> Visible(KechuangDbContext db, Caller caller, RegionCode? region = null)
    {
        RequireBureau(caller);
        return db.Visits.Within(v => v.RegionCode, region ?? caller.Region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
    }

    public static IQueryable<VisitProblem> VisibleProblems(KechuangDbContext db, Caller caller, RegionCode? region = null)
    {
        RequireBureau(caller);
        return db.VisitProblems.Within(p => p.RegionCode, region ?? caller.Region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
    }

    public static async Task<VisitProblem> LoadProblemForWriteAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireWriter(caller);
        return await VisibleProblems(db, caller).Include(p => p.FollowUps).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("未找到该问题");
    }

    /// <summary>
    /// The users a problem of <paramref name="region"/> may be assigned to: admins and staff the caller can see whose
    /// region covers the enterprise's county, so the assignee can open, follow and close it.
    /// </summary>
    public static async Task<List<AssigneeDto>> AssigneesAsync(KechuangDbContext db, Caller caller, RegionCode? region, CancellationToken ct)
    {
        var roleIds = await db.Roles.Where(r => Assignable.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().VisibleTo(caller)
            .Where(u => u.EnterpriseId == null && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.RegionCode }).ToListAsync(ct);
        return [.. users
            .Where(u => region is not { } r || RegionCode.Parse(u.RegionCode).Covers(r))
            .OrderBy(u => u.RegionCode, StringComparer.Ordinal).ThenBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new AssigneeDto(u.Id, u.UserName!, u.DisplayName, u.RegionCode))];
    }

    /// <summary>The assignee named by a request, or a 400 naming why not.</summary>
    public static async Task<AssigneeDto> AssigneeAsync(KechuangDbContext db, Caller caller, string userId, RegionCode region, string field, CancellationToken ct)
    {
        var found = (await AssigneesAsync(db, caller, region, ct)).FirstOrDefault(a => a.UserId == userId.Trim());
        return found ?? throw new ValidationFailedException(field, "承办人应为能查看该企业所在辖区的科室人员或管理员");
    }
}
