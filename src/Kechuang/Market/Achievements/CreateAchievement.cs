using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Achievements;

/// <summary>Registers an achievement in the bureau's register (docs/domain.md §7.1); the region defaults to the caller's.</summary>
public sealed class CreateAchievement(KechuangDbContext db, TimeProvider clock)
{
    public async Task<AchievementDto> HandleAsync(Caller caller, AchievementRequest request, CancellationToken ct = default)
    {
        var region = AchievementAccess.RegionOf(caller, request.RegionCode);
        var validation = new Validation();
        AchievementRules.Check(request, validation);
        validation.ThrowIfAny();
        var now = clock.GetUtcNow();
        var achievement = new Achievement { Holder = "", RegionCode = region.ToString(), Title = "", Stage = "", TransferMode = "", CreatedAt = now };
        db.Achievements.Add(achievement);
        AchievementRules.Apply(db, achievement, request, now);
        await db.SaveChangesAsync(ct);
        return AchievementDto.From(achievement);
    }
}
