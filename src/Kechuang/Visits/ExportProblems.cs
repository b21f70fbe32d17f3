using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>GET /api/visits/export and /api/visit-problems/export: the lists as filtered, as .xlsx ledgers (走访台账, 问题清单).</summary>
/// <summary>GET /api/visit-problems/export: the problem list as filtered, as the .xlsx 走访问题清单.</summary>
public sealed class ExportProblems(KechuangDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<ExcelColumn> ProblemColumns =
    [
        new("企业名称", "enterprise", true, 30), new("提出日期", "raisedOn", true, 12, ExcelColumn.DateFormat), new("问题类别", "category", true, 8),
        new("问题描述", "description", true, 40), new("承办人（科室）", "assignee", true, 16), new("办结期限", "dueOn", true, 12, ExcelColumn.DateFormat),
        new("状态", "status", false, 8), new("办理结果", "outcome", false, 10), new("答复或原因", "answer", false, 40), new("办结日期", "closedOn", false, 12, ExcelColumn.DateFormat),
    ];

    public async Task HandleAsync(Caller caller, ListProblemsQuery query, Stream output, CancellationToken ct = default)
    {
        VisitAccess.RequireBureau(caller);
        var today = clock.TodayInChina();
        var items = await ListProblems.Filtered(db, caller, query, today).OrderBy(p => p.DueOn).Take(100_000).ToListAsync(ct);
        var dtos = await ListProblems.DtosAsync(db, items, today, ct);
        await ExcelOutput.WriteAsync(output, "走访问题", ProblemColumns, dtos.Select(p => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["enterprise"] = p.EnterpriseName, ["raisedOn"] = p.RaisedOn, ["category"] = p.Category, ["description"] = p.Description,
            ["assignee"] = p.Assignee, ["dueOn"] = p.DueOn, ["status"] = StatusName(p.Status), ["outcome"] = p.Outcome, ["answer"] = p.Answer,
            ["closedOn"] = p.ClosedOn,
        }), ct);
    }

    public static string StatusName(string status) => status switch
    {
        "closed" => "已办结",
        "overdue" => "已逾期",
        _ => "办理中",
    };
}
