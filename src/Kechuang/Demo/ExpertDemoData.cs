using Kechuang.Data;
using Kechuang.Projects.Experts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// The expert pools (docs/domain.md §6.1): the city's of forty and each county's of twelve, 平阳县's of thirty with the
/// demo expert py_expert as 陶建华; professors, researchers and senior engineers in the bureau's fields, a few paused,
/// about one in four with a declared relation to an enterprise of the county (兼职) or a relative.
/// </summary>
internal static class ExpertDemoData
{
    private static readonly string[] Surnames = ["王", "李", "张", "陈", "林", "黄", "周", "吴", "郑", "徐", "潘", "叶", "金", "蔡", "朱", "胡", "章", "应", "季", "孙"];
    private static readonly string[] Given = ["建国", "晓燕", "志远", "丽君", "海涛", "春华", "国庆", "文杰", "立群", "雪梅", "永明", "秀芳", "振宇", "红梅", "德明", "思远"];
    private static readonly (string Name, string Title)[] Organisations =
    [
        ("浙江大学", "教授"), ("浙江工业大学", "教授"), ("温州大学", "教授"), ("温州医科大学", "主任医师"), ("温州理工学院", "副教授"),
        ("中国科学院宁波材料技术与工程研究所", "研究员"), ("浙江省农业科学院", "研究员"), ("温州市农业科学研究院", "高级农艺师"),
        ("温州市质量技术检测科学研究院", "正高级工程师"), ("浙南产业科技创新研究院", "高级工程师"), ("温州市知识产权服务中心", "高级经济师"),
    ];
    private static readonly string[][] Fields =
    [
        ["电子信息", "集成电路"], ["先进制造与自动化", "智能装备"], ["新材料", "高分子材料"], ["生物与新医药", "医疗器械"],
        ["资源与环境", "环保装备"], ["新能源与节能", "锂电池"], ["高技术服务", "知识产权"], ["茶叶种植", "农产品加工"], ["汽摩配件", "模具"],
    ];

    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Experts.AnyAsync(ct))
        {
            return;
        }
        var pools = new List<(string Region, int Size)> { ("330300", 40) };
        pools.AddRange(counties.Select(c => (c.Code, c.Code == "330326" ? 30 : 12)));
        foreach (var (region, size) in pools)
        {
            var random = new Random(int.Parse(region, System.Globalization.CultureInfo.InvariantCulture) + 29);
            var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == region).OrderBy(e => e.Id).Select(e => e.Name).Take(50).ToListAsync(ct);
            var names = new HashSet<string>();
            for (var k = 0; k < size; k++)
            {
                var name = region == "330326" && k == 0 ? "陶建华" : Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
                if (!names.Add(name))
                {
                    continue;
                }
                var (organisation, title) = Organisations[random.Next(Organisations.Length)];
                var expert = new Expert
                {
                    Name = name, Organisation = organisation, Title = title, RegionCode = region, Fields = [.. Fields[random.Next(Fields.Length)]],
                    Phone = $"139{random.Next(10_000_000, 99_999_999)}", Available = random.Next(12) != 0, CreatedAt = now, UpdatedAt = now,
                    UserName = region == "330326" && k == 0 ? SeedDemoData.ExpertUser : null,
                };
                expert.UnavailableReason = expert.Available ? null : "本人申请暂停";
                db.Experts.Add(expert);
                if (enterprises.Count > 0 && random.Next(4) == 0)
                {
                    db.ExpertRelations.Add(new ExpertRelation
                    {
                        ExpertId = expert.Id, Kind = ExpertWords.Organisation, Name = enterprises[random.Next(enterprises.Count)], Reason = "兼职技术顾问",
                    });
                }
                if (random.Next(8) == 0)
                {
                    db.ExpertRelations.Add(new ExpertRelation { ExpertId = expert.Id, Kind = ExpertWords.Person, Name = name[..1] + "某某", Reason = "亲属" });
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
