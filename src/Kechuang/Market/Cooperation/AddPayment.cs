using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Cooperation;

/// <summary>POST /api/market/cooperations/{id}/payments: a payment made (到账), checked by <see cref="CooperationRules.CheckPayment"/>.</summary>
public sealed class AddPayment(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CooperationDto> HandleAsync(Caller caller, Guid id, PaymentRequest request, CancellationToken ct = default)
    {
        var c = await CooperationAccess.LoadForWriteAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var v = new Validation();
        CooperationRules.CheckPayment(c, request, today, v);
        v.ThrowIfAny();
        var payment = new CooperationPayment { CooperationId = c.Id, PaidOn = request.PaidOn!.Value, Amount = request.Amount!.Value, Note = MarketRules.Blank(request.Note) };
        db.CooperationPayments.Add(payment);          // EF's fixup puts it in c.Payments
        c.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return CooperationDto.From(c, today);
    }
}
