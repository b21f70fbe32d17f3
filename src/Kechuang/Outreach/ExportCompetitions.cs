using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>GET /api/competitions/export: one row per entry of the competitions the list filters, with its award (获奖台账).</summary>
public sealed class ExportCompetitions(KechuangDbContext db)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("年度", "year", true, 8), new("大赛名称", "competition", true, 30), new("大赛级别", "level", true, 10),
        new("主办单位", "organiser", true, 24), new("县（市、区）", "regionName", false, 12), new("参赛主体", "name", true, 26),
        new("主体类型", "kind", false, 8), new("负责人", "leader", false, 10), new("赛道/组别", "track", false, 14),
        new("参赛项目", "projectTitle", true, 30), new("奖项", "award", false, 10), new("获奖级别", "awardLevel", false, 10),
        new("获奖日期", "awardedOn", false, 12, ExcelColumn.DateFormat),
    ];

    public async Task HandleAsync(Caller caller, ListCompetitionsQuery query, Stream output, CancellationToken ct = default)
    {
        var competitions = await ListCompetitions.Filtered(db, caller, query).Include(c => c.Entries)
            .OrderByDescending(c => c.Year).ThenBy(c => c.Name).Take(10_000).ToListAsync(ct);
        var names = await RegionLookup.ForAsync(db, ct, [.. competitions.Select(c => c.RegionCode).Distinct()]);
        var rows = competitions.SelectMany(c => c.Entries.OrderBy(e => e.Track ?? "", StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["year"] = c.Year, ["competition"] = c.Name, ["level"] = c.Level, ["organiser"] = c.Organiser, ["regionName"] = names(c.RegionCode)?.Name,
                ["name"] = e.Name, ["kind"] = e.EnterpriseId is null ? "团队" : "企业", ["leader"] = e.Leader, ["track"] = e.Track,
                ["projectTitle"] = e.ProjectTitle, ["award"] = e.Award, ["awardLevel"] = e.AwardLevel, ["awardedOn"] = e.AwardedOn,
            }));
        await ExcelOutput.WriteAsync(output, "创新创业大赛", Columns, rows, ct);
    }
}
