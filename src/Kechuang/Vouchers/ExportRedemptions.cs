using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Vouchers;

/// <summary>GET /api/voucher-redemptions/export: the redemptions as the list filters them, as the bureau's .xlsx ledger.</summary>
public sealed class ExportRedemptions(KechuangDbContext db, ListRedemptions list)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("券号", "number", true, 24), new("用券企业", "enterprise", true, 28), new("服务机构", "provider", true, 28),
        new("服务项目", "service", false, 20), new("服务日期", "servedOn", true, 12, ExcelColumn.DateFormat),
        new("发票号码", "invoiceNo", true, 22), new("服务合同金额（元）", "contractAmount", true, 16), new("创新券抵扣（元）", "covered", true, 16),
        new("计算依据", "basis", false, 30),
    ];

    public async Task HandleAsync(Caller caller, ListRedemptionsQuery query, Stream output, CancellationToken ct = default)
    {
        var rows = await list.FilteredAsync(caller, query, ct);
        var items = await ListRedemptions.DtosAsync(db, rows.OrderByDescending(r => r.ServedOn).Take(100_000), ct);
        await ExcelOutput.WriteAsync(output, "创新券兑现台账", Columns, items.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["number"] = r.VoucherNumber, ["enterprise"] = r.EnterpriseName, ["provider"] = r.ProviderName, ["service"] = r.ServiceName,
            ["servedOn"] = r.ServedOn, ["invoiceNo"] = r.InvoiceNo, ["contractAmount"] = r.ContractAmount, ["covered"] = r.Covered, ["basis"] = r.Basis,
        }), ct);
    }
}
