using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>GET /api/seismic/approvals/export: the approvals as the list filters them, as an .xlsx for the desk's ledger (台账).</summary>
public sealed class ExportApprovals(KechuangDbContext db, ListApprovals list, ApprovalDesk desk)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("项目名称", "projectName", true, 30), new("建设单位", "applicant", true, 26), new("建设地点", "site", false, 24),
        new("县（市、区）", "regionName", false, 12), new("受理日期", "receivedOn", true, 12, ExcelColumn.DateFormat),
        new("办理时限（工作日）", "limitDays", false, 10), new("到期日", "dueOn", false, 12, ExcelColumn.DateFormat),
        new("状态", "status", false, 8), new("审批结果", "decision", false, 10), new("决定日期", "decidedOn", false, 12, ExcelColumn.DateFormat),
        new("批复文号", "documentNumber", false, 20), new("是否按时", "onTime", false, 10), new("抗震设防要求", "requirement", false, 30),
    ];

    public async Task HandleAsync(Caller caller, ListApprovalsQuery query, Stream output, CancellationToken ct = default)
    {
        var scope = SeismicAccess.Scope(caller, query.RegionCode);
        await desk.RefreshAsync(scope, ct);
        var (rows, days, today) = await list.FilteredAsync(scope, query, ct);
        var items = await ListApprovals.Ordered(rows).Take(100_000).ToListAsync(ct);
        var names = await RegionLookup.ForAsync(db, ct, [.. items.Select(a => a.RegionCode).Distinct()]);
        await ExcelOutput.WriteAsync(output, "抗震设防要求审批", Columns, items.Select(a =>
        {
            var dto = ApprovalDesk.Dto(a, names(a.RegionCode)?.Name, days, today);
            return (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["projectName"] = dto.ProjectName, ["applicant"] = dto.Applicant, ["site"] = dto.Site, ["regionName"] = dto.RegionName,
                ["receivedOn"] = dto.ReceivedOn, ["limitDays"] = dto.LimitDays, ["dueOn"] = dto.DueOn,
                ["status"] = dto.Overdue ? "已超期" : dto.Status, ["decision"] = dto.Decision, ["decidedOn"] = dto.DecidedOn,
                ["documentNumber"] = dto.DocumentNumber, ["onTime"] = dto.OnTime switch { true => "按时", false => "超期", null => "" },
                ["requirement"] = dto.Requirement,
            };
        }), ct);
    }
}
