using System.Globalization;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Cooperation;

/// <summary>GET /api/market/cooperations/export: the projects as the list filters them, amounts in 万元 as the page shows them.</summary>
public sealed class ExportCooperations(KechuangDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("项目名称", "title", Width: 30),
        new("企业", "enterprise", Width: 26),
        new("合作单位", "holder", Width: 24),
        new("合作方式", "mode", Width: 10),
        new("签约日期", "signedOn", Width: 12),
        new("合同金额（万元）", "amount", Width: 14, Format: ExcelColumn.MoneyFormat),
        new("已到账（万元）", "paid", Width: 14, Format: ExcelColumn.MoneyFormat),
        new("技术需求", "need", Width: 26),
        new("科技成果", "achievement", Width: 26),
        new("专家", "expert", Width: 10),
        new("对接活动", "event", Width: 24),
        new("技术合同", "contract", Width: 30),
        new("下次跟进", "next", Width: 12),
        new("跟进逾期", "overdue", Width: 10),
    ];

    public async Task HandleAsync(Caller caller, ListCooperationsQuery query, Stream output, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var rows = await ListCooperations.Filtered(db, caller, query, today).Include(c => c.Payments)
            .OrderByDescending(c => c.SignedOn).ThenBy(c => c.Id).ToListAsync(ct);
        await ExcelOutput.WriteAsync(output, "产学研合作项目", Columns, rows.Select(c => CooperationDto.From(c, today)).Select(c =>
            (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["title"] = c.Title, ["enterprise"] = c.EnterpriseName, ["holder"] = c.Holder, ["mode"] = c.Mode,
                ["signedOn"] = c.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["amount"] = c.Amount / 10_000m, ["paid"] = c.Paid / 10_000m,
                ["need"] = c.NeedTitle, ["achievement"] = c.AchievementTitle, ["expert"] = c.ExpertName, ["event"] = c.EventTitle, ["contract"] = c.ContractLabel,
                ["next"] = c.NextFollowUpOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["overdue"] = c.Overdue ? "是" : "",
            }), ct);
    }
}
