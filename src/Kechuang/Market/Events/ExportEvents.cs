using System.Globalization;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Events;

/// <summary>GET /api/market/events/export: the events as the list filters them, one row each with attendance and results.</summary>
public sealed class ExportEvents(KechuangDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("活动名称", "title", Width: 30),
        new("活动日期", "heldOn", Width: 12),
        new("地点", "place", Width: 24),
        new("主办单位", "organisers", Width: 24),
        new("区划代码", "regionCode", Width: 10),
        new("邀请企业数", "enterprises", Width: 10),
        new("邀请高校院所数", "holders", Width: 12),
        new("出席单位数", "attended", Width: 10),
        new("到场人数", "headCount", Width: 10),
        new("推荐对接项目数", "pairs", Width: 12),
        new("现场意向数", "intentions", Width: 10),
        new("促成合作项目数", "outcomes", Width: 12),
    ];

    public async Task HandleAsync(Caller caller, ListEventsQuery query, Stream output, CancellationToken ct = default)
    {
        var events = ListEvents.Filtered(db, caller, query).OrderByDescending(e => e.HeldOn).ThenBy(e => e.Id);
        var rows = await ListEvents.Rows(db, events, clock.TodayInChina()).ToListAsync(ct);
        await ExcelOutput.WriteAsync(output, "对接活动", Columns, rows.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["title"] = r.Title, ["heldOn"] = r.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["place"] = r.Place, ["organisers"] = r.Organisers,
            ["regionCode"] = r.RegionCode, ["enterprises"] = r.InvitedEnterprises, ["holders"] = r.InvitedHolders, ["attended"] = r.AttendedUnits,
            ["headCount"] = r.HeadCount, ["pairs"] = r.Pairs, ["intentions"] = r.Intentions, ["outcomes"] = r.Outcomes,
        }), ct);
    }
}
