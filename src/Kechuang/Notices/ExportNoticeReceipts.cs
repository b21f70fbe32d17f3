using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Notices;

/// <summary>GET /api/notices/{id}/receipts/export: the receipts as an .xlsx — enterprise, read or not, when, by whom, replies.</summary>
public sealed class ExportNoticeReceipts(KechuangDbContext db)
{
    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new("企业名称", "name", true, 32), new("是否已读", "read", false, 10), new("阅读时间", "readAt", false, 20),
        new("阅读人", "readBy", false, 14), new("回复数", "replies", false, 10), new("回复内容", "texts", false, 60),
    ];

    public async Task<string> HandleAsync(Caller caller, Guid id, Stream output, CancellationToken ct = default)
    {
        var notice = await NoticeAccess.LoadAsync(db, caller, id, ct);
        var receipts = await GetNoticeReceipts.ReceiptsAsync(db, notice, null, ct);
        await ExcelOutput.WriteAsync(output, "回执", Columns, receipts.Receipts.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["name"] = r.EnterpriseName, ["read"] = r.ReadAt is null ? "未读" : "已读",
            ["readAt"] = r.ReadAt?.ToOffset(Common.Zh.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["readBy"] = r.ReadBy, ["replies"] = r.Replies,
            ["texts"] = string.Join("；", receipts.Replies.Where(p => p.EnterpriseId == r.EnterpriseId).Select(p => p.Text)),
        }), ct);
        return notice.Title;
    }
}
