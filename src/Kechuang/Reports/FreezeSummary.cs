using System.Text.Json;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Reports;

/// <summary>
/// <c>POST /api/reports/summary/freeze</c>: keeps the summary as it reads now — figures and text — so later changes
/// to the registers no longer move its numbers (docs/reports.md, freezing); the live figures are still compared with it.
/// </summary>
public sealed class FreezeSummary(KechuangDbContext db, GetSummary show, SummaryDrafter drafter, TimeProvider clock)
{
    public async Task<SummaryDocument> HandleAsync(Caller caller, SummaryKey key, CancellationToken ct = default)
    {
        var target = await SummaryAccess.WriteAsync(db, caller, key.Region, key.Year, key.Period, ct);
        var record = await SummaryAccess.RecordAsync(db, target, ct);
        if (record?.Snapshot is not null)
        {
            throw new ConflictException("该工作总结已定稿");
        }
        var document = await drafter.DraftAsync(target.Region, target.Year, target.Period, record, ct);
        if (record is null)
        {
            record = new SummaryRecord { RegionCode = target.Region.Code, Year = target.Year, Period = target.Period };
            db.SummaryReports.Add(record);
        }
        record.Snapshot = JsonSerializer.Serialize(document, GetSummary.Json);
        record.FrozenAt = clock.GetUtcNow();
        record.FrozenBy = caller.UserName;
        await SummaryAccess.SaveAsync(db, ct);
        return await show.ShowAsync(target, record, ct);
    }
}
