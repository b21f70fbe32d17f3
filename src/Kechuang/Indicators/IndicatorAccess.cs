using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators;

/// <summary>
/// Who may do what with indicators (docs/domain.md §1): the bureau's staff read them and write their own area's
/// figures, leaders read, admins also edit the catalogue; enterprises, experts and commissioners have no part.
/// </summary>
internal static class IndicatorAccess
{
    public static void RequireRead(Caller caller) => caller.RequireRole(Roles.Admin, Roles.Leader, Roles.Staff);

    public static void RequireCatalogueEdit(Caller caller) => caller.RequireRole(Roles.Admin);

    /// <summary>Targets and figures are written by staff and admins for regions in their own area.</summary>
    public static void RequireWrite(Caller caller, RegionCode region)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        caller.RequireRegion(region);
    }

    /// <summary>A region argument: 400 when malformed; the division list itself is checked by the caller.</summary>
    public static RegionCode ParseRegion(string? code, string field)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ValidationFailedException(field, "请指定行政区划代码");
        }
        if (RegionCode.Problem(code) is { } problem)
        {
            throw new ValidationFailedException(field, problem);
        }
        return RegionCode.Parse(code);
    }

    /// <summary>A region of the division list: 400 when the code is malformed, 404 when there is no such region.</summary>
    public static async Task<Region> FindRegionAsync(KechuangDbContext db, string? code, string field, CancellationToken ct)
    {
        var value = ParseRegion(code, field).Value;
        return await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == value, ct)
            ?? throw new NotFoundException($"未找到行政区划代码 {value}");
    }

    public static void CheckYearMonth(int year, int? month, Validation validation)
    {
        validation.Require(year is >= 2000 and <= 2100, "year", $"年份 {year} 不在 2000–2100 之间");
        if (month is { } m)
        {
            validation.Require(m is >= 1 and <= 12, "month", $"月份须在 1–12 之间，收到 {m}");
        }
    }
}
