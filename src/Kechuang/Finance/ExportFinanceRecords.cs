using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>GET /api/finance/records/export: the records as the list filters them, as an .xlsx (科技金融台账).</summary>
public sealed class ExportFinanceRecords(KechuangDbContext db, ListFinanceRecords list)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("类型", "kind", true, 10), new("企业", "enterprise", true, 28), new("机构", "institution", true, 24), new("产品", "product", false, 16),
        new("金额（元）", "amount", true, 16), new("年利率（%）", "rate", false, 10), new("保费（元）", "premium", false, 12),
        new("放款（生效、拨付）日期", "startOn", true, 14, ExcelColumn.DateFormat), new("到期日", "endOn", false, 12, ExcelColumn.DateFormat),
        new("政策条款", "policyCode", false, 14), new("备注", "note", false, 24),
    ];

    public async Task HandleAsync(Caller caller, ListFinanceQuery query, Stream output, CancellationToken ct = default)
    {
        var rows = await list.FilteredAsync(caller, query, ct);
        var items = await ListFinanceRecords.DtosAsync(db, await rows.OrderByDescending(r => r.StartOn).Take(100_000).ToListAsync(ct), ct);
        await ExcelOutput.WriteAsync(output, "科技金融台账", Columns, items.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["kind"] = r.Kind, ["enterprise"] = r.EnterpriseName, ["institution"] = r.Institution, ["product"] = r.Product, ["amount"] = r.Amount,
            ["rate"] = r.Rate, ["premium"] = r.Premium, ["startOn"] = r.StartOn, ["endOn"] = r.EndOn, ["policyCode"] = r.PolicyCode, ["note"] = r.Note,
        }), ct);
    }
}
