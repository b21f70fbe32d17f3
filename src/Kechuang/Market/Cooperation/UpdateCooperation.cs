using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Experts;
using Kechuang.Users;

namespace Kechuang.Market.Cooperation;

/// <summary>PUT /api/market/cooperations/{id}: the project rewritten (payments stay, and still may not exceed the amount).</summary>
public sealed class UpdateCooperation(KechuangDbContext db, GetExpert experts, TimeProvider clock)
{
    public async Task<CooperationDto> HandleAsync(Caller caller, Guid id, CooperationRequest request, CancellationToken ct = default)
    {
        var c = await CooperationAccess.LoadForWriteAsync(db, caller, id, ct);
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, c, version);
        }
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow();
        await CooperationRules.ApplyAsync(db, experts, caller, c, request, today, now, new Validation(), ct);
        c.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return CooperationDto.From(c, today);
    }
}
