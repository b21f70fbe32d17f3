using Kechuang.Common.Excel;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>GET /api/vouchers/export: the vouchers as the list filters them, as an .xlsx (发放台账).</summary>
public sealed class ExportVouchers(KechuangDbContext db, ListVouchers list, TimeProvider clock)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("券号", "number", true, 24), new("企业", "enterprise", true, 28), new("专项", "programme", false, 24),
        new("面额（元）", "amount", true, 14), new("已兑现（元）", "redeemed", false, 14), new("余额（元）", "balance", false, 14),
        new("发放日期", "issuedOn", false, 12, ExcelColumn.DateFormat), new("有效期至", "validUntil", true, 12, ExcelColumn.DateFormat),
        new("状态", "status", false, 10), new("来源", "source", false, 10), new("备注", "note", false, 24),
    ];

    public async Task HandleAsync(Caller caller, ListVouchersQuery query, Stream output, CancellationToken ct = default)
    {
        VoucherAccess.RequireBureau(caller);
        var rows = await list.FilteredAsync(caller, query, ct);
        var items = await VoucherLedger.DtosAsync(db, await ListVouchers.Ordered(rows).Take(100_000).ToListAsync(ct), clock.TodayInChina(), ct);
        await ExcelOutput.WriteAsync(output, "创新券发放台账", Columns, items.Select(v => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["number"] = v.Number, ["enterprise"] = v.EnterpriseName, ["programme"] = v.ProgrammeName, ["amount"] = v.Amount, ["redeemed"] = v.Redeemed,
            ["balance"] = v.Balance, ["issuedOn"] = v.IssuedOn, ["validUntil"] = v.ValidUntil, ["status"] = v.Expired && v.Status == VoucherWords.Active ? "已过期" : v.Status,
            ["source"] = v.Source, ["note"] = v.Note,
        }), ct);
    }
}
