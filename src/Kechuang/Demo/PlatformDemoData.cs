using Kechuang.Data;
using Kechuang.Platforms;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// R&amp;D platforms for every demo county (docs/domain.md §7.2), hosted by the county's register enterprises: older
/// county and city centres, and provincial recognitions last year and this year near 5 a year at 平阳县's size
/// (<see cref="DemoCounty.Weight"/>), the pace behind the seed summaries' "新增省级企业研究院1家，省级高新技术企业研发中心2家…".
/// Last year's evaluations are recorded, one platform with a first 不合格.
/// </summary>
internal static class PlatformDemoData
{
    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Platforms.AnyAsync(ct))
        {
            return;
        }
        var lastEnded = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        foreach (var county in counties)
        {
            var random = new Random(int.Parse(county.Code, System.Globalization.CultureInfo.InvariantCulture) + 11);
            var profile = DemoCounty.Of(county.Code);
            var hosts = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == county.Code)
                .OrderBy(e => e.Uscc).Select(e => new { e.Id, e.Name }).Take(60).ToListAsync(ct);
            var next = 0;
            var created = new List<Platform>();
            void Add(string kind, string level, DateOnly on)
            {
                if (next >= hosts.Count || on > lastEnded)
                {
                    return;
                }
                var host = hosts[next++];
                var platform = new Platform
                {
                    Name = Short(host.Name) + (level == "省级" && kind != "企业研究院" ? "省级" : "") + kind,
                    Kind = kind, Level = level, RegionCode = county.Code, EnterpriseId = host.Id, HostName = host.Name,
                    CreatedAt = now, UpdatedAt = now,
                };
                platform.Recognitions.Add(new PlatformRecognition
                {
                    PlatformId = platform.Id, Level = level, RecognisedOn = on, CreatedAt = now,
                    DocumentNumber = $"{(level == "省级" ? "浙科发" : level == "市级" ? "温科发" : county.Name[..2] + "科")}〔{on.Year}〕{10 + random.Next(80)}号",
                });
                db.Platforms.Add(platform);
                created.Add(platform);
            }
            DateOnly Day(int year, int months) => new(year, 1 + random.Next(months), 1 + random.Next(28));

            for (var k = 0; k < profile.Scaled(6); k++)
            {
                Add(k % 3 == 0 ? "高新技术企业研发中心" : "企业研发中心", k % 3 == 0 ? "省级" : k % 3 == 1 ? "市级" : "县级", Day(today.Year - 6 + k % 4, 12));
            }
            // Provincial recognitions: last year's whole year, this year's to the last ended month at the same pace.
            foreach (var (year, months) in new[] { (today.Year - 1, 12), (lastEnded.Year == today.Year ? today.Year : 0, lastEnded.Month) })
            {
                if (year == 0)
                {
                    continue;
                }
                var provincial = Math.Max(1, (int)Math.Round(5m * profile.Weight * months / 12m * (0.8m + (decimal)random.NextDouble() * 0.4m)));
                for (var k = 0; k < provincial; k++)
                {
                    Add(k % 3 == 0 ? "企业研究院" : "高新技术企业研发中心", "省级", Day(year, months));
                }
                for (var k = 0; k < profile.Scaled(3); k++)
                {
                    Add("企业研发中心", k % 2 == 0 ? "市级" : "县级", Day(year, months));
                }
            }
            var evaluated = created.Where(p => p.Recognitions[0].RecognisedOn.Year < today.Year - 1).ToList();
            for (var k = 0; k < evaluated.Count; k++)
            {
                var grade = k == 1 ? PlatformKinds.Fail : PlatformKinds.Grades[random.Next(3)];
                evaluated[k].Evaluations.Add(new PlatformEvaluation
                {
                    PlatformId = evaluated[k].Id, Year = today.Year - 1, Grade = grade, Staff = 8 + random.Next(60),
                    RdSpending = (200 + random.Next(3000)) * 10_000m, CreatedAt = now,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>"平阳县某某科技有限公司" → "平阳县某某科技": the host's name without its legal form, as platforms are named.</summary>
    private static string Short(string name) =>
        name.Replace("股份有限公司", "", StringComparison.Ordinal).Replace("有限责任公司", "", StringComparison.Ordinal).Replace("有限公司", "", StringComparison.Ordinal);
}
