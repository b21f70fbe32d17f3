using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Achievements.Excel;

/// <summary>The achievements as the list filters them, in the import's columns so the sheet can be edited and imported back.</summary>
public sealed class ExportAchievements(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, ListAchievementsQuery query, Stream output, CancellationToken ct = default)
    {
        var achievements = await ListAchievements.Filtered(AchievementAccess.Scoped(db, caller, query.Region), query)
            .OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).Include(a => a.Patents).AsSplitQuery().ToListAsync(ct);
        await ExcelOutput.WriteAsync(output, "科技成果", AchievementColumns.All,
            achievements.Select(a => (IReadOnlyDictionary<string, object?>)AchievementColumns.Row(AchievementDto.From(a))), ct);
    }
}
