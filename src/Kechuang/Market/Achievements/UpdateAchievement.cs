using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Market.Achievements;

/// <summary>Changes an achievement, patents replaced by the request's (docs/domain.md §7.1); its region stays.</summary>
public sealed class UpdateAchievement(KechuangDbContext db, TimeProvider clock)
{
    public async Task<AchievementDto> HandleAsync(Caller caller, Guid id, AchievementRequest request, CancellationToken ct = default)
    {
        var achievement = await AchievementAccess.LoadAsync(db, caller, id, track: true, ct);
        AchievementAccess.RequireWrite(caller, RegionCode.Parse(achievement.RegionCode));
        var validation = new Validation();
        AchievementRules.Check(request, validation);
        validation.ThrowIfAny();
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, achievement, version);
        }
        AchievementRules.Apply(db, achievement, request, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return AchievementDto.From(achievement);
    }
}
