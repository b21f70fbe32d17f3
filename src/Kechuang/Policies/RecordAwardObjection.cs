using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Policies;

/// <summary>POST /api/policy-awards/{id}/objection: an objection received within the 公示 period; approval waits for its answer.</summary>
public sealed class RecordAwardObjection(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PolicyAwardDto> HandleAsync(Caller caller, Guid id, ObjectionRequest request, CancellationToken ct = default)
    {
        var award = await AwardWrite.LoadAsync(db, caller, id, request.Version, ct);
        if (award.Status != AwardStatus.Public)
        {
            throw new ConflictException("只有公示中的记录可以登记异议");
        }
        var text = AwardWrite.Text(request.Text, "text", "请填写异议内容");
        var received = request.ReceivedOn ?? clock.TodayInChina();
        if (received < award.PublicFrom || received > award.PublicTo)
        {
            throw new ValidationFailedException("receivedOn", $"异议应在公示期（{award.PublicFrom:yyyy-MM-dd}至{award.PublicTo:yyyy-MM-dd}）内提出");
        }
        award.Status = AwardStatus.Objected;
        award.Objection = $"{received:yyyy-MM-dd}：{text}";
        award.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ListAwards.Dto(award, null, trace: null);
    }
}
