using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Reports;

/// <summary><c>POST /api/reports/summary/unfreeze</c>: back to a live draft (the frozen text stays in the audit log).</summary>
public sealed class UnfreezeSummary(KechuangDbContext db, GetSummary show)
{
    public async Task<SummaryDocument> HandleAsync(Caller caller, SummaryKey key, CancellationToken ct = default)
    {
        var target = await SummaryAccess.WriteAsync(db, caller, key.Region, key.Year, key.Period, ct);
        var record = await SummaryAccess.RecordAsync(db, target, ct);
        if (record?.Snapshot is null)
        {
            throw new ConflictException("该工作总结尚未定稿");
        }
        record.Snapshot = null;
        record.FrozenAt = null;
        record.FrozenBy = null;
        await SummaryAccess.SaveAsync(db, ct);
        return await show.ShowAsync(target, record, ct);
    }
}
