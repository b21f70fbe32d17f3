using Kechuang.Data;
using Kechuang.Incubators;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// Carriers for every demo county (docs/domain.md §7.3): two to four, opened in earlier years, each adding space last
/// year and this year so 新增孵化空间面积 comes out near 2.5万平方米 a year at 平阳县's size (<see cref="DemoCounty.Weight"/>),
/// the scale of the county's published summaries. Each carrier hosts young enterprises of the county and a start-up
/// team, some of which have graduated or moved out, renting around half to three quarters of its space.
/// </summary>
internal static class IncubatorDemoData
{
    private static readonly string[] Names = ["科技创业园", "众创空间", "科技企业孵化器", "星创天地", "数字经济产业园"];
    private static readonly string[] Kinds = ["科技园", "众创空间", "孵化器", "星创天地", "加速器"];
    private static readonly string[] Levels = ["省级", "市级", "县级", "国家级", "市级"];

    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Incubators.AnyAsync(ct))
        {
            return;
        }
        var lastEnded = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        foreach (var county in counties)
        {
            var random = new Random(int.Parse(county.Code, System.Globalization.CultureInfo.InvariantCulture) + 7);
            var profile = DemoCounty.Of(county.Code);
            var count = Math.Clamp(profile.Scaled(3), 2, 4);
            var place = county.Name.TrimEnd('县', '市', '区');
            var young = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == county.Code)
                .OrderByDescending(e => e.FoundedOn).ThenBy(e => e.Uscc).Select(e => new { e.Id, e.Name, e.FoundedOn }).Take(10 * count).ToListAsync(ct);
            for (var k = 0; k < count; k++)
            {
                var opened = new DateOnly(today.Year - 8 + k, 1 + random.Next(12), 1 + random.Next(28));
                var incubator = new Incubator
                {
                    Name = place + Names[k],
                    Kind = Kinds[k],
                    Level = Levels[k],
                    RegionCode = county.Code,
                    Operator = $"{place}{Names[k].Replace("科技", "")}运营管理有限公司",
                    OpenedOn = opened,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                incubator.Areas.Add(Area(incubator, Round(8_000m + (decimal)random.NextDouble() * 30_000m), opened, "启用", now));
                // Space added last year and this year (to the last ended month): the county's 2.5万m² a year shared out.
                foreach (var year in new[] { today.Year - 1, today.Year })
                {
                    var months = year == lastEnded.Year ? lastEnded.Month : year < lastEnded.Year ? 12 : 0;
                    var on = months == 0 ? DateOnly.MaxValue : new DateOnly(year, 1 + random.Next(months), 1 + random.Next(28));
                    if (on <= lastEnded && on > opened)
                    {
                        var share = 25_000m * profile.Weight / count * (0.8m + (decimal)random.NextDouble() * 0.4m);
                        incubator.Areas.Add(Area(incubator, Round(share), on, year == today.Year ? "新建楼宇投入使用" : "扩建", now));
                    }
                }
                foreach (var tenant in young.Skip(10 * k).Take(5 + random.Next(5)))
                {
                    AddTenant(incubator, random, tenant.Id, tenant.Name, tenant.FoundedOn ?? opened, lastEnded, now);
                }
                AddTenant(incubator, random, null, place + Teams[k], opened, lastEnded, now);
                db.Incubators.Add(incubator);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] Teams = ["智能传感创业团队", "文创设计创客团队", "农产品电商创业团队", "生物检测创业团队", "工业软件创业团队"];

    /// <summary>A tenant entering in the last three years (not before the carrier opened nor the firm was founded); a quarter have left.</summary>
    private static void AddTenant(Incubator incubator, Random random, Guid? enterpriseId, string name, DateOnly founded, DateOnly lastEnded, DateTimeOffset now)
    {
        var earliest = new[] { incubator.OpenedOn, founded, lastEnded.AddYears(-3) }.Max();
        if (earliest >= lastEnded)
        {
            return;
        }
        var entered = earliest.AddDays(random.Next(lastEnded.DayNumber - earliest.DayNumber));
        var tenant = new IncubatorTenant
        {
            IncubatorId = incubator.Id, EnterpriseId = enterpriseId, Name = name, EnteredOn = entered, CreatedAt = now,
            AreaSqm = Round(incubator.AreaOn(entered) * (0.05m + (decimal)random.NextDouble() * 0.07m)),
        };
        if (random.Next(4) == 0 && lastEnded.DayNumber - entered.DayNumber > 365)
        {
            tenant.LeftOn = entered.AddDays(365 + random.Next(lastEnded.DayNumber - entered.DayNumber - 365));
            tenant.Graduated = random.Next(3) > 0;
        }
        incubator.Tenants.Add(tenant);
    }

    private static IncubatorArea Area(Incubator incubator, decimal sqm, DateOnly on, string note, DateTimeOffset now) =>
        new() { IncubatorId = incubator.Id, AreaSqm = sqm, InUseOn = on, Note = note, CreatedAt = now };

    private static decimal Round(decimal sqm) => Math.Round(sqm / 10m, MidpointRounding.AwayFromZero) * 10m;
}
