using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Cooperation;

/// <summary>DELETE /api/market/cooperations/{id}/payments/{paymentId}: a payment entered by mistake.</summary>
public sealed class DeletePayment(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CooperationDto> HandleAsync(Caller caller, Guid id, Guid paymentId, CancellationToken ct = default)
    {
        var c = await CooperationAccess.LoadForWriteAsync(db, caller, id, ct);
        var payment = c.Payments.FirstOrDefault(p => p.Id == paymentId) ?? throw new NotFoundException("未找到该笔到账记录");
        db.CooperationPayments.Remove(payment);
        c.Payments.Remove(payment);
        c.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return CooperationDto.From(c, clock.TodayInChina());
    }
}
