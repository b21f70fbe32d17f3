using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Excel;

/// <summary>
/// The sheet to fill in for a monthly import: the caller's subordinate regions (or the caller's own county) as
/// rows, every reported indicator as a column headed "名称（单位）".
/// </summary>
public sealed class MonthlyTemplate(KechuangDbContext db)
{
    public const string FileName = "指标月度数据导入模板.xlsx";

    public async Task HandleAsync(Caller caller, Stream output, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => !i.Retired && !(i.Source == IndicatorWords.Derived && i.Kind == IndicatorWords.Ratio))
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var own = caller.Region.Value;
        var regions = await db.Regions.AsNoTracking()
            .Where(r => r.ParentCode == own && r.RetiredOn == null && r.Level != Regions.RegionLevel.Town)
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        if (regions.Count == 0)
        {
            regions = await db.Regions.AsNoTracking().Where(r => r.Code == own).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        }
        List<ExcelColumn> columns =
        [
            new(MonthlySheet.RegionCodeHeader, "region", true, 12),
            new(MonthlySheet.RegionNameHeader, "name", false, 14),
            .. indicators.Select(i => new ExcelColumn(MonthlySheet.HeaderOf(i), i.Code, false, 16)),
        ];
        var rows = regions.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["region"] = r.Code, ["name"] = r.Name });
        await ExcelOutput.WriteAsync(output, "月度数据", columns, rows.ToList(), ct);
    }
}
