using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Calls;

/// <summary>
/// Who sees a call (docs/domain.md §1, §6.2): staff and admins issue calls of their region, leaders read; an enterprise
/// user sees the published calls it could apply to — its county's and those of the city and province above it; experts
/// and commissioners see nothing here.
/// </summary>
internal static class CallAccess
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static bool IsBureau(Caller caller) => Bureau.Any(caller.IsIn);

    public static void RequireWrite(Caller caller, RegionCode region)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(region))
        {
            throw new ForbiddenException($"只能发布本辖区（{caller.Region}）的申报指南");
        }
    }

    /// <summary>The calls the caller may read: the bureau's region and under it; an enterprise's region and above it, published only.</summary>
    public static IQueryable<ProjectCall> Visible(KechuangDbContext db, Caller caller, string? regionCode)
    {
        if (IsBureau(caller))
        {
            var region = caller.ScopeTo(regionCode) ?? caller.Region;
            return db.ProjectCalls.AsNoTracking().Within(c => c.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
        }
        if (caller.IsIn(Roles.Enterprise))
        {
            var above = Above(caller.Region);
            return db.ProjectCalls.AsNoTracking().Where(c => c.PublishedAt != null && above.Contains(c.RegionCode));
        }
        throw new ForbiddenException("当前账号不能查看申报指南");
    }

    /// <summary>A region and the regions above it, by code: 330326 → 330326, 330300, 330000, the country.</summary>
    public static List<string> Above(RegionCode region)
    {
        var code = region.Value;
        var list = new List<string> { code };
        if (code.Length > 6)
        {
            code = code[..6];
            list.Add(code);
        }
        if (code.Length == 6 && !code.EndsWith("00", StringComparison.Ordinal))
        {
            list.Add(code[..4] + "00");
        }
        if (code.Length == 6 && !code.EndsWith("0000", StringComparison.Ordinal))
        {
            list.Add(code[..2] + "0000");
        }
        list.Add(RegionCode.Country.Value);
        return [.. list.Distinct()];
    }

    public static async Task<ProjectCall> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct)
    {
        var found = await Visible(db, caller, null).AnyAsync(c => c.Id == id, ct);
        var calls = track ? db.ProjectCalls : db.ProjectCalls.AsNoTracking();
        return found
            ? await calls.Include(c => c.Criteria).FirstAsync(c => c.Id == id, ct)
            : throw new NotFoundException("未找到该申报指南");
    }
}
