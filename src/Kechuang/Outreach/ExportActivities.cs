using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>GET /api/outreach/activities/export: the activities as the list filters them, as an .xlsx ledger (台账).</summary>
public sealed class ExportActivities(KechuangDbContext db)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("活动类型", "kind", true, 12), new("活动名称", "title", true, 30), new("主办单位", "organisers", true, 26),
        new("活动地点", "place", true, 24), new("县（市、区）", "regionName", false, 12), new("活动日期", "heldOn", true, 12, ExcelColumn.DateFormat),
        new("参与人次", "attendance", true, 10), new("照片数", "photos", false, 8), new("备注", "remark", false, 30),
    ];

    public async Task HandleAsync(Caller caller, ListActivitiesQuery query, Stream output, CancellationToken ct = default)
    {
        var items = await ListActivities.Filtered(db, caller, query).OrderByDescending(a => a.HeldOn).ThenBy(a => a.Id).Take(100_000).ToListAsync(ct);
        var dtos = await ListActivities.DtosAsync(db, items, ct);
        await ExcelOutput.WriteAsync(output, "科普活动", Columns, dtos.Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["kind"] = a.Kind, ["title"] = a.Title, ["organisers"] = a.Organisers, ["place"] = a.Place, ["regionName"] = a.RegionName,
            ["heldOn"] = a.HeldOn, ["attendance"] = a.Attendance, ["photos"] = a.Photos.Count, ["remark"] = a.Remark,
        }), ct);
    }
}
