using System.Globalization;
using Kechuang.Data;
using Kechuang.Talent;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 人才 for the demo prefecture (docs/domain.md §7.7): every county's enterprises recruit postgraduates and postdocs and
/// win national, provincial and Wenzhou programme awards, scaled by <see cref="DemoCounty.Weight"/> — at 平阳县's size
/// about 55 postgraduates and 3 postdocs a year and a handful of 省级以上 awards. 平阳县 also runs a county programme
/// (a demo name, not the county's real one), has yearly checks on earlier awards, applications pending this year, and
/// foreign experts of whom two have permits ending within 60 days. Names and ID numbers are made up (valid check
/// characters, made-up sequence numbers). The demo enterprise user's enterprise reports some of the recruits.
/// </summary>
internal static class TalentDemoData
{
    private const string Pingyang = "330326";
    private static readonly Guid National = TalentProgrammes.Seed[0].Id;
    private static readonly Guid Kunpeng = TalentProgrammes.Seed[2].Id;
    private static readonly Guid ProvincialOverseas = TalentProgrammes.Seed[3].Id;
    private static readonly Guid Wenzhou = TalentProgrammes.Seed[5].Id;

    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林郑谢";
    private const string Given = "伟芳娜敏静磊强军洋勇艳杰涛明超秀霞平刚桂英华晨宇浩然欣怡";

    private static readonly string[] Schools = ["浙江大学", "浙江工业大学", "温州大学", "温州医科大学", "宁波大学", "杭州电子科技大学", "上海大学", "华东理工大学", "中国计量大学", "浙江理工大学"];
    private static readonly string[] Majors = ["机械工程", "材料科学与工程", "控制科学与工程", "化学工程", "电气工程", "计算机科学与技术", "食品科学", "生物医学工程"];
    private static readonly string[] Fields = ["智能装备", "新材料", "生物医药", "电子信息", "节能环保", "汽车零部件"];

    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.TalentRecruits.AnyAsync(ct))
        {
            return;
        }
        var local = new TalentProgramme
        {
            Name = "平阳县高层次人才引进计划", Level = TalentRules.County, RegionCode = Pingyang, AnnualFunding = 200_000m, FundingYears = 3,
            Remark = "演示数据：县级计划名称和资助标准为示例", UpdatedAt = now,
        };
        db.TalentProgrammes.Add(local);
        var own = await db.Users.AsNoTracking().Where(u => u.UserName == SeedDemoData.EnterpriseUser).Select(u => u.EnterpriseId).FirstOrDefaultAsync(ct);
        var sequence = 100;
        foreach (var county in counties)
        {
            var random = new Random(int.Parse(county.Code, CultureInfo.InvariantCulture) + 23);
            var profile = DemoCounty.Of(county.Code);
            var employers = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == county.Code).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.Name }).Take(120).ToListAsync(ct);
            if (employers.Count == 0)
            {
                continue;
            }
            if (county.Code == Pingyang && own is { } ownId && await db.Enterprises.AsNoTracking().Where(e => e.Id == ownId).Select(e => e.Name).FirstOrDefaultAsync(ct) is { } ownName)
            {
                employers.Insert(0, new { Id = ownId, Name = ownName });
            }
            string Person() => $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}{(random.Next(2) == 0 ? Given[random.Next(Given.Length)].ToString() : "")}";
            DateOnly Day(int year, int fromMonth = 1, int toMonth = 12) => new(year, fromMonth + random.Next(toMonth - fromMonth + 1), 1 + random.Next(28));

            for (var year = today.Year - 2; year <= today.Year; year++)
            {
                var lastMonth = year == today.Year ? Math.Max(1, today.Month - 1) : 12;
                // Postgraduates join after graduation (July–September) and through the year; postdocs any time.
                for (var k = 0; k < profile.Scaled(55); k++)
                {
                    var employer = employers[random.Next(6) == 0 ? 0 : random.Next(employers.Count)];
                    var on = random.Next(3) == 0 ? Day(year, 1, lastMonth) : Day(year, Math.Min(7, lastMonth), Math.Min(9, lastMonth));
                    db.TalentRecruits.Add(new TalentRecruit
                    {
                        EnterpriseId = employer.Id, Employer = employer.Name, RegionCode = county.Code, PersonName = Person(),
                        Degree = random.Next(7) == 0 ? TalentRules.Doctor : TalentRules.Master, School = Schools[random.Next(Schools.Length)],
                        Major = Majors[random.Next(Majors.Length)], RecruitedOn = on, UpdatedAt = now,
                    });
                }
                for (var k = 0; k < profile.Scaled(3); k++)
                {
                    var employer = employers[random.Next(employers.Count)];
                    db.TalentRecruits.Add(new TalentRecruit
                    {
                        EnterpriseId = employer.Id, Employer = employer.Name, RegionCode = county.Code, PersonName = Person(), Degree = TalentRules.Postdoc,
                        School = Schools[random.Next(4)], Major = Majors[random.Next(Majors.Length)], RecruitedOn = Day(year, 1, lastMonth), UpdatedAt = now,
                    });
                }

                // Awards: national now and then, provincial a few, the city's more, the county's own in 平阳县 only.
                var programmes = new List<(Guid Id, int Count, decimal Funding)>
                {
                    (National, random.Next(3) == 0 ? 1 : 0, 0m), (Kunpeng, profile.Scaled(2), 1_000_000m), (ProvincialOverseas, profile.Scaled(2), 500_000m),
                    (Wenzhou, profile.Scaled(5), 300_000m),
                };
                if (county.Code == Pingyang)
                {
                    programmes.Add((local.Id, 8, 600_000m));
                }
                foreach (var (programme, count, funding) in programmes)
                {
                    for (var k = 0; k < count + 1; k++)
                    {
                        var employer = employers[random.Next(employers.Count)];
                        var applied = Day(year, 1, Math.Min(4, lastMonth));
                        // This year's last application of each programme is still pending; one in five others is not chosen.
                        var pending = year == today.Year && k == count;
                        var chosen = !pending && (k < count || random.Next(5) != 0) && random.Next(5) != 0;
                        var decided = pending ? (DateOnly?)null : applied.AddDays(90 + random.Next(90));
                        if (decided > today.AddDays(-1))
                        {
                            decided = null;
                            chosen = false;
                            pending = true;
                        }
                        var first17 = county.Code + (1975 + random.Next(20)).ToString(CultureInfo.InvariantCulture)
                            + (1 + random.Next(12)).ToString("D2", CultureInfo.InvariantCulture) + (1 + random.Next(28)).ToString("D2", CultureInfo.InvariantCulture)
                            + (sequence++ % 1000).ToString("D3", CultureInfo.InvariantCulture);
                        var award = new TalentAward
                        {
                            ProgrammeId = programme, EnterpriseId = employer.Id, Employer = employer.Name, RegionCode = county.Code, PersonName = Person(),
                            Gender = random.Next(4) == 0 ? "女" : "男", IdType = TalentRules.IdCard, IdNumber = first17 + TalentRules.IdCardCheck(first17),
                            Degree = random.Next(4) == 0 ? "硕士" : "博士", Field = Fields[random.Next(Fields.Length)],
                            Status = pending ? TalentRules.Applying : chosen ? TalentRules.Awarded : TalentRules.NotAwarded,
                            AppliedOn = applied, DecidedOn = decided, FundingGranted = chosen ? funding : 0m,
                            FundingPaid = chosen ? decimal.Round(funding * Math.Min(3, today.Year - year + 1) / 3m, 2) : 0m, CreatedAt = now, UpdatedAt = now,
                        };
                        db.TalentAwards.Add(award);
                        // Yearly checks of the awards of earlier years, one in ten 不合格.
                        for (var checkYear = (decided?.Year ?? today.Year) + 1; chosen && checkYear < today.Year; checkYear++)
                        {
                            db.TalentChecks.Add(new TalentCheck
                            {
                                AwardId = award.Id, Year = checkYear, Result = random.Next(10) == 0 ? "不合格" : "合格", CheckedOn = new DateOnly(checkYear, 12, 15),
                            });
                        }
                    }
                }
            }

            if (county.Code == Pingyang)
            {
                (string Name, string Nationality, string Category, string Employer, int Days)[] experts =
                [
                    ("Thomas Becker", "德国", "A类", employers[0].Name, 40), ("Kenji Sato", "日本", "B类", employers[1 % employers.Count].Name, 25),
                    ("Maria Rossi", "意大利", "B类", employers[2 % employers.Count].Name, 300), ("Ivan Petrov", "俄罗斯", "A类", employers[3 % employers.Count].Name, 500),
                    ("David Kim", "韩国", "C类", "平阳县某外国语学校", 150), ("Sophie Martin", "法国", "B类", employers[4 % employers.Count].Name, 700),
                ];
                foreach (var (name, nationality, category, employer, days) in experts)
                {
                    db.ForeignExperts.Add(new ForeignExpert
                    {
                        Name = name, Nationality = nationality, PermitCategory = category, Employer = employer, RegionCode = Pingyang,
                        Field = Fields[random.Next(Fields.Length)], ValidFrom = today.AddDays(days - 730), ValidTo = today.AddDays(days), UpdatedAt = now,
                    });
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
