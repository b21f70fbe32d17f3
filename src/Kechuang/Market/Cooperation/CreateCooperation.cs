using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Experts;
using Kechuang.Users;

namespace Kechuang.Market.Cooperation;

/// <summary>POST /api/market/cooperations: the bureau records a cooperation the market brought about (docs/domain.md §7.1); its need moves to 已合作.</summary>
public sealed class CreateCooperation(KechuangDbContext db, GetExpert experts, TimeProvider clock)
{
    public async Task<CooperationDto> HandleAsync(Caller caller, CooperationRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow();
        var c = new CooperationProject { RegionCode = "", EnterpriseName = "", Holder = "", Title = "", Mode = "", CreatedAt = now, UpdatedAt = now };
        await CooperationRules.ApplyAsync(db, experts, caller, c, request, today, now, new Validation(), ct);
        db.CooperationProjects.Add(c);
        await db.SaveChangesAsync(ct);
        return CooperationDto.From(c, today);
    }
}
