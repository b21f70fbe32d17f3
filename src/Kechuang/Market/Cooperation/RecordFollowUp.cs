using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Cooperation;

/// <summary>POST /api/market/cooperations/{id}/follow-up: the broker followed the project up today; the next date (none: done following).</summary>
public sealed class RecordFollowUp(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CooperationDto> HandleAsync(Caller caller, Guid id, FollowUpRequest request, CancellationToken ct = default)
    {
        var c = await CooperationAccess.LoadForWriteAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var v = new Validation();
        MarketRules.Title(request.Note, "note", "跟进情况", MarketFollowUpRules.MaxNote, v);
        if (request.NextFollowUpOn is { } next && next <= today)
        {
            v.Add("nextFollowUpOn", "下次跟进日期应晚于今天");
        }
        v.ThrowIfAny();
        (c.LastFollowUpOn, c.FollowUpNote, c.NextFollowUpOn, c.UpdatedAt) = (today, request.Note!.Trim(), request.NextFollowUpOn, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return CooperationDto.From(c, today);
    }
}
