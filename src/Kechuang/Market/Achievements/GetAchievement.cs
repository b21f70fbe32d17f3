using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Achievements;

public sealed class GetAchievement(KechuangDbContext db)
{
    public async Task<AchievementDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        AchievementDto.From(await AchievementAccess.LoadAsync(db, caller, id, track: false, ct));
}
