using Kechuang.Commissioners;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// Commissioners for every demo county, last year and this year (docs/domain.md §7.6): four individuals (省级, 市级, 县级)
/// and teams of six to ten, so that 科技特派员数 comes to the county's published scale (<see cref="DemoCounty.Commissioners"/>,
/// a little fewer last year), each serving one to three of the county's towns.
/// </summary>
internal static class CommissionerDemoData
{
    private static readonly string[] Surnames = ["王", "李", "张", "陈", "林", "黄", "周", "吴", "郑", "徐", "潘", "叶", "金", "蔡", "朱", "胡"];
    private static readonly string[] Given = ["建平", "海燕", "志强", "丽华", "晓东", "春梅", "国良", "文静", "立新", "雪芳", "永平", "秀英", "振华", "红霞", "德胜", "婷婷"];
    private static readonly string[] Institutions =
        ["浙江大学", "浙江农林大学", "温州大学", "温州医科大学", "浙江省农业科学院", "温州市农业科学研究院", "温州科技职业学院", "浙江海洋大学"];
    private static readonly string[] Fields = ["茶叶种植", "水产养殖", "食用菌栽培", "果蔬种植", "中药材", "畜牧兽医", "农产品加工", "农村电子商务", "花卉苗木", "林下经济"];
    private static readonly string[] Levels = ["省级", "市级", "市级", "县级"];
    private static readonly string[] VillageNames = ["新华村", "城东村", "上埠村", "岭头村", "溪口村", "前垟村", "后山村", "东岙村", "南湖村", "白岩村"];

    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Commissioners.AnyAsync(ct))
        {
            return;
        }
        var towns = (await db.Regions.AsNoTracking().Where(r => r.Level == Regions.RegionLevel.Town && r.RetiredOn == null).Select(r => new { r.Code, r.ParentCode }).ToListAsync(ct))
            .ToLookup(t => t.ParentCode!, t => t.Code);
        foreach (var county in counties)
        {
            var random = new Random(int.Parse(county.Code, System.Globalization.CultureInfo.InvariantCulture) + 11);
            var profile = DemoCounty.Of(county.Code);
            var countyTowns = towns[county.Code].ToList();
            if (countyTowns.Count == 0)
            {
                continue;
            }
            foreach (var (year, people) in new[] { (today.Year - 1, (int)Math.Round(profile.Commissioners * 0.92m)), (today.Year, profile.Commissioners) })
            {
                var place = county.Name.TrimEnd('县', '市', '区');
                var used = new HashSet<string>();
                for (var k = 0; k < Levels.Length; k++)
                {
                    var name = Name(random);
                    while (!used.Add(name))
                    {
                        name = Name(random);
                    }
                    db.Commissioners.Add(Make(random, county.Code, year, name, CommissionerWords.Individual, Levels[k], countyTowns, now));
                }
                var left = people - Levels.Length;
                for (var team = 1; left > 0; team++)
                {
                    var size = Math.Min(left, 6 + random.Next(5));
                    var field = Fields[random.Next(Fields.Length)];
                    var commissioner = Make(random, county.Code, year, $"{place}{field}科技特派员团队（{team}）", CommissionerWords.Team,
                        team % 3 == 1 ? "省级" : "市级", countyTowns, now);
                    commissioner.Field = field;
                    for (var m = 0; m < size; m++)
                    {
                        commissioner.Members.Add(new CommissionerMember
                        {
                            CommissionerId = commissioner.Id, Name = Name(random), Institution = commissioner.Institution, Expertise = field,
                        });
                    }
                    db.Commissioners.Add(commissioner);
                    left -= size;
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static Commissioner Make(Random random, string county, int year, string name, string kind, string level, List<string> towns, DateTimeOffset now)
    {
        var field = Fields[random.Next(Fields.Length)];
        var commissioner = new Commissioner
        {
            Name = name,
            Kind = kind,
            Level = level,
            RegionCode = county,
            Year = year,
            Institution = Institutions[random.Next(Institutions.Length)],
            Field = field,
            Enterprises = [$"{field}专业合作社", "家庭农场"],
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var town in towns.OrderBy(_ => random.Next()).Take(1 + random.Next(3)))
        {
            commissioner.Towns.Add(new CommissionerTown { CommissionerId = commissioner.Id, TownCode = town, Villages = Villages(town, name) });
        }
        commissioner.Projects.Add(new CommissionerProject { CommissionerId = commissioner.Id, Name = $"{field}技术示范推广", FundsYuan = 50_000m * (1 + random.Next(6)) });
        return commissioner;
    }

    /// <summary>
    /// One or two made-up villages of the town, drawn from their own seed so the rest of the demo stays as it was
    /// before villages were kept.
    /// </summary>
    private static List<string> Villages(string town, string commissioner)
    {
        var random = new Random(int.Parse(town[^3..], System.Globalization.CultureInfo.InvariantCulture) * 31 + commissioner.Length);
        return [.. VillageNames.OrderBy(_ => random.Next()).Take(1 + random.Next(2))];
    }

    /// <summary>A made-up name (an individual's is drawn again on a clash: names are unique per county and year).</summary>
    private static string Name(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
}
