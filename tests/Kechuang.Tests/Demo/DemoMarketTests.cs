using Kechuang.Data;
using Kechuang.Market;
using Kechuang.Market.Search;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Demo;

/// <summary>
/// 平阳县's technology market in the demo (docs/domain.md §7.1): the needs and achievements are worded so that every
/// published need has an achievement that shares a keyword or a synonym among its first three recommendations.
/// </summary>
public sealed partial class DemoRealismTests
{
    [Fact]
    public async Task Market_EveryPublishedNeed_IsRecommendedARelatedAchievement()
    {
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var recommend = scope.ServiceProvider.GetRequiredService<RecommendForNeed>();
        var staff = new Caller("demo", "py_staff", new HashSet<string> { Roles.Staff }, RegionCode.Parse(Pingyang), null);
        var needs = await db.TechNeeds.AsNoTracking().Where(n => n.RegionCode == Pingyang).ToListAsync();
        var achievements = await db.Achievements.AsNoTracking().Where(a => a.RegionCode == Pingyang).CountAsync();

        Assert.InRange(needs.Count, 18, 25);
        Assert.InRange(achievements, 35, 45);
        Assert.Contains(needs, n => n.Review == MarketWords.Pending);
        var unmatched = new List<string>();
        foreach (var need in needs.Where(n => n.Review == MarketWords.Published))
        {
            var found = await recommend.HandleAsync(staff, need.Id);
            if (!found.Achievements.Take(3).Any(a => a.Terms.Count > 0))
            {
                unmatched.Add(need.Title);
            }
        }
        Assert.True(unmatched.Count == 0, "no related achievement in the first three: " + string.Join("、", unmatched));
    }
}
