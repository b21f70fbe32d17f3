using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Reports;

/// <summary>
/// <c>PUT /api/reports/summary/narrative</c>: staff's own 存在问题 and 工作思路, kept as plain text (markup stays
/// literal, control characters go). A frozen summary is not edited: unfreeze it first.
/// </summary>
public sealed class SaveSummaryNarrative(KechuangDbContext db, GetSummary show, TimeProvider clock)
{
    public async Task<SummaryDocument> HandleAsync(Caller caller, SummaryNarrativeRequest request, CancellationToken ct = default)
    {
        var target = await SummaryAccess.WriteAsync(db, caller, request.Region, request.Year, request.Period, ct);
        var validation = new Validation();
        validation.Require((request.Problems?.Length ?? 0) <= SummaryText.MaxLength, "problems", $"存在问题不能超过{SummaryText.MaxLength}字");
        validation.Require((request.Plan?.Length ?? 0) <= SummaryText.MaxLength, "plan", $"工作思路不能超过{SummaryText.MaxLength}字");
        validation.ThrowIfAny();

        var record = await SummaryAccess.RecordAsync(db, target, ct);
        if (record?.Snapshot is not null)
        {
            throw new ConflictException("该工作总结已定稿，请先取消定稿再修改");
        }
        // Drafting first: a year without data has no summary to edit (404 with the reason).
        var draft = await show.ShowAsync(target, record, ct);
        if (record is null)
        {
            record = new SummaryRecord { RegionCode = target.Region.Code, Year = target.Year, Period = target.Period };
            db.SummaryReports.Add(record);
        }
        record.Problems = SummaryText.Clean(request.Problems);
        record.Plan = SummaryText.Clean(request.Plan);
        record.EditedAt = clock.GetUtcNow();
        record.EditedBy = caller.UserName;
        await SummaryAccess.SaveAsync(db, ct);
        // Only the narrative changed: the draft's figures stand, no second drafting.
        return draft with
        {
            Problems = draft.Problems with { Edited = record.Problems },
            Plan = draft.Plan with { Edited = record.Plan },
            State = draft.State with { EditedAt = record.EditedAt },
        };
    }
}
