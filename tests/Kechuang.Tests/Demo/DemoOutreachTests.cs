using Kechuang.Data;
using Kechuang.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Demo;

/// <summary>
/// 平阳县's 科普 and 创新创业大赛 in the demo (docs/domain.md §7.9): activities of every kind, none in the future, bases,
/// and last year's county competition with judges drawn from the pool (no judge of an entrant's organisation, one per
/// organisation, the seed kept) and its awards, two more at the city's.
/// </summary>
public sealed partial class DemoRealismTests
{
    [Fact]
    public async Task Outreach_Pingyang_HasActivitiesBasesAndAJudgedCompetition()
    {
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var today = new DateOnly(2026, 12, 4);
        var activities = await db.OutreachActivities.AsNoTracking().Where(a => a.RegionCode == Pingyang).ToListAsync();
        var competitions = await db.Competitions.AsNoTracking().Where(c => c.RegionCode == Pingyang)
            .Include(c => c.Entries).Include(c => c.Rounds).ThenInclude(r => r.Judges).Include(c => c.Rounds).ThenInclude(r => r.Scores).AsSplitQuery().ToListAsync();

        Assert.Equal(OutreachWords.ActivityKinds.Order(StringComparer.Ordinal), activities.Select(a => a.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.All(activities, a => Assert.True(a.HeldOn <= today));
        Assert.Contains(activities, a => a.HeldOn.Year == 2026 && a.Kind == OutreachWords.Week);
        Assert.Equal(3, await db.ScienceBases.CountAsync(b => b.RegionCode == Pingyang));
        Assert.True(await db.OutreachActivities.AnyAsync(a => a.RegionCode != Pingyang));   // the peers
        var county = competitions.Single(c => c.Level == "县级");
        Assert.Equal(6, county.Entries.Count);
        Assert.Equal(4, county.Entries.Count(e => e.Award is not null));
        Assert.Equal(2, competitions.Single(c => c.Level == "市级").Entries.Count(e => e.Award is not null));
        var names = county.Entries.Select(e => e.Name).ToHashSet();
        foreach (var round in county.Rounds)
        {
            Assert.Equal(5, round.Judges.Count);
            Assert.NotNull(round.Seed);
            Assert.Equal(5, round.Judges.Select(j => j.Organisation).Distinct().Count());
            Assert.DoesNotContain(round.Judges, j => names.Contains(j.Organisation));
            Assert.Equal(6, round.Scores.Count);
        }
    }
}
