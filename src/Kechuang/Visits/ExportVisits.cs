using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>GET /api/visits/export: the list as filtered, as the .xlsx 走访台账.</summary>
public sealed class ExportVisits(KechuangDbContext db)
{
    public static readonly IReadOnlyList<ExcelColumn> VisitColumns =
    [
        new("走访日期", "visitedOn", true, 12, ExcelColumn.DateFormat), new("企业名称", "enterprise", true, 30), new("走访人员", "visitors", true, 20),
        new("企业参加人员", "attendees", false, 20), new("走访情况", "summary", true, 40), new("收集问题数", "problems", false, 10), new("未办结", "open", false, 8),
    ];

    public async Task HandleAsync(Caller caller, ListVisitsQuery query, Stream output, CancellationToken ct = default)
    {
        VisitAccess.RequireBureau(caller);
        var items = await ListVisits.Filtered(db, caller, query).Include(v => v.Problems).OrderByDescending(v => v.VisitedOn).Take(100_000).ToListAsync(ct);
        await ExcelOutput.WriteAsync(output, "走访台账", VisitColumns, items.Select(v => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["visitedOn"] = v.VisitedOn, ["enterprise"] = v.EnterpriseName, ["visitors"] = v.Visitors, ["attendees"] = v.Attendees,
            ["summary"] = v.Summary, ["problems"] = v.Problems.Count, ["open"] = v.Problems.Count(p => p.ClosedOn is null),
        }), ct);
    }
}
