using Kechuang.Data;
using Kechuang.Outreach;
using Kechuang.Projects.Experts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 科普活动 and 创新创业大赛 for the demo counties (docs/domain.md §7.9), dated back from the day the demo starts: 平阳县 has
/// last year's and this year's 科技活动周, 科普日, 科普活动, 科技下乡 and trainings (a day not yet come is skipped), three
/// 科普基地, and last year's county competition — six entries (three enterprises of the register, three teams), 初赛 and 决赛
/// with judges drawn from its expert pool by the review engine and a recorded seed, scores and four awards — plus two
/// awards at the city's competition; each peer last year's 科技活动周 and 科普日.
/// </summary>
internal static class OutreachDemoData
{
    private const string Pingyang = "330326";

    /// <summary>平阳县's activities of a year: kind, month, day, title, organisers, place, 人次.</summary>
    private static readonly (string Kind, int Month, int Day, string Title, string Organisers, string Place, int People)[] PingyangYear =
    [
        (OutreachWords.Countryside, 2, 26, "科技特派员“三服务”下乡集中活动", "平阳县科技局、平阳县农业农村局", "南雁镇", 650),
        (OutreachWords.Training, 3, 18, "茶叶绿色种植与加工技术培训", "平阳县科技局", "平阳县农民学校", 180),
        (OutreachWords.Popular, 4, 22, "世界地球日科普进校园", "平阳县科协、平阳县教育局", "鳌江镇第一小学", 1_200),
        (OutreachWords.Week, 5, 20, "平阳县科技活动周启动仪式暨科普大篷车巡展", "平阳县科技局、平阳县科协", "昆阳镇人民广场", 12_800),
        (OutreachWords.Training, 6, 12, "企业研发费用加计扣除政策培训", "平阳县科技局、国家税务总局平阳县税务局", "平阳县行政服务中心", 260),
        (OutreachWords.Popular, 7, 16, "暑期青少年科学营", "平阳县科协", "平阳县青少年宫", 420),
        (OutreachWords.Day, 9, 20, "全国科普日平阳县主场活动", "平阳县科协、平阳县科技局", "平阳县科技馆", 9_600),
        (OutreachWords.Countryside, 11, 6, "科技下乡惠农服务", "平阳县科技局", "水头镇", 480),
    ];

    private static readonly (string Name, string Level, string Host, int Year, int Month)[] Bases =
    [
        ("平阳县科技馆", "市级", "平阳县科学技术协会", 2019, 6),
        ("南麂列岛海洋科普基地", "省级", "浙江南麂列岛国家级海洋自然保护区管理局", 2017, 9),
        ("平阳黄汤茶文化科普基地", "县级", "平阳县农业农村局", 2022, 4),
    ];

    private static readonly (string Team, string Leader, string Track, string Title)[] Teams =
    [
        ("温州大学智能装备创业团队", "陈立群", "初创组", "基于机器视觉的鞋材瑕疵检测装备"),
        ("平阳青年返乡创业团队", "林晓燕", "初创组", "平阳黄汤茶饮品数字化营销平台"),
        ("温州理工学院新材料团队", "周振宇", "初创组", "可降解包装薄膜的低成本制备"),
    ];

    private static readonly string[] FirmTitles = ["新能源汽车电机控制器", "高精度注塑模具智能温控系统", "水性聚氨酯合成革绿色工艺"];

    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.OutreachActivities.AnyAsync(ct) || await db.Competitions.AnyAsync(ct))
        {
            return;
        }
        foreach (var county in counties)
        {
            if (county.Code == Pingyang)
            {
                foreach (var year in new[] { today.Year - 1, today.Year })
                {
                    foreach (var (kind, month, day, title, organisers, where, people) in PingyangYear)
                    {
                        // This year's grow a little on last year's: the summary's tone compares them.
                        Add(db, today, year, month, day, kind, $"{year}年{title}", organisers, where, year == today.Year ? people * 11 / 10 : people, county.Code, now);
                    }
                }
                foreach (var (name, level, host, year, month) in Bases)
                {
                    db.ScienceBases.Add(new ScienceBase
                    {
                        Name = name, Level = level, Host = host, RegionCode = county.Code, RecognisedOn = new DateOnly(year, month, 15), CreatedAt = now, UpdatedAt = now,
                    });
                }
                await CompetitionsAsync(db, county.Code, today.Year - 1, now, ct);
                continue;
            }
            var place = county.Name;
            var random = new Random(int.Parse(county.Code, System.Globalization.CultureInfo.InvariantCulture) + 19);
            Add(db, today, today.Year - 1, 5, 21, OutreachWords.Week, $"{today.Year - 1}年{place}科技活动周", $"{place}科技局、{place}科协", $"{place}文化广场", 5_000 + random.Next(0, 8_000), county.Code, now);
            Add(db, today, today.Year - 1, 9, 19, OutreachWords.Day, $"{today.Year - 1}年全国科普日{place}主场活动", $"{place}科协", $"{place}科技馆", 3_000 + random.Next(0, 6_000), county.Code, now);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An activity on a day of a year, if that day has come (the demo may start in January).</summary>
    private static void Add(KechuangDbContext db, DateOnly today, int year, int month, int day, string kind, string title, string organisers, string place,
        int people, string county, DateTimeOffset now)
    {
        var held = new DateOnly(year, month, day);
        if (held > today)
        {
            return;
        }
        db.OutreachActivities.Add(new OutreachActivity
        {
            Kind = kind, Title = title, Organisers = organisers, Place = place, RegionCode = county, HeldOn = held, Attendance = people,
            CreatedAt = now, UpdatedAt = now,
        });
    }

    private static async Task CompetitionsAsync(KechuangDbContext db, string county, int year, DateTimeOffset now, CancellationToken ct)
    {
        var firms = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == county).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Name, e.Uscc }).Take(FirmTitles.Length).ToListAsync(ct);
        var competition = new Competition
        {
            Year = year, Name = $"{year}年平阳县创新创业大赛", Level = "县级", Organiser = "平阳县科技局、平阳县人力资源和社会保障局",
            RegionCode = county, CreatedAt = now, UpdatedAt = now,
        };
        db.Competitions.Add(competition);
        var entries = new List<(CompetitionEntry Entry, string? Uscc)>();
        for (var k = 0; k < firms.Count; k++)
        {
            entries.Add((new CompetitionEntry
            {
                CompetitionId = competition.Id, EnterpriseId = firms[k].Id, Name = firms[k].Name, Track = "成长企业组", ProjectTitle = FirmTitles[k],
            }, firms[k].Uscc));
        }
        entries.AddRange(Teams.Select(t => (new CompetitionEntry
        {
            CompetitionId = competition.Id, Name = t.Team, Leader = t.Leader, Track = t.Track, ProjectTitle = t.Title,
        }, (string?)null)));
        db.CompetitionEntries.AddRange(entries.Select(e => e.Entry));

        // The judges as the bureau draws them: the county's available experts, the review's conflict rules, a seed kept.
        var experts = await db.Experts.AsNoTracking().Include(e => e.Relations).Where(e => e.RegionCode == county && e.Available).OrderBy(e => e.Id).ToListAsync(ct);
        var pool = experts.Select(e => ExpertDto.From(e, _ => "平阳县")).ToList();
        var panel = entries.Select(e => new PanelEntry(e.Entry.Name, e.Uscc, e.Entry.Leader)).ToList();
        var finalOn = new DateOnly(year, 9, 26);
        var scores = new[] { 93.2m, 88.6m, 85.4m, 90.1m, 79.8m, 82.5m };
        foreach (var (stage, heldOn, seed) in new[] { ("初赛", new DateOnly(year, 8, 15), 20_250_815L), ("决赛", finalOn, 20_250_926L) })
        {
            var round = new CompetitionRound { CompetitionId = competition.Id, Stage = stage, HeldOn = heldOn };
            db.CompetitionRounds.Add(round);
            var drawn = pool.Count >= 5 ? JudgePanel.Draw(pool, panel, 5, seed) : null;
            if (drawn is { IsComplete: true })
            {
                var byId = pool.ToDictionary(JudgePanel.Id, StringComparer.Ordinal);
                var order = 0;
                foreach (var pair in drawn.Pairs)
                {
                    var judge = byId[pair.ExpertId];
                    db.Add(new RoundJudge { RoundId = round.Id, ExpertId = judge.Id, Name = judge.Name, Organisation = judge.Organisation, SortOrder = order++ });
                }
                (round.Seed, round.EngineVersion, round.DrawnBy, round.DrawnAt) = (drawn.Seed, drawn.EngineVersion, "py_staff", now);
            }
            for (var k = 0; k < entries.Count; k++)
            {
                db.Add(new RoundScore { RoundId = round.Id, EntryId = entries[k].Entry.Id, Score = stage == "决赛" ? scores[k] : scores[k] - 3.5m });
            }
        }
        // Places in the final: 93.2, 90.1, 88.6, 85.4 take 一、二、三等奖 and 优秀奖.
        var awards = new[] { (0, "一等奖"), (3, "二等奖"), (1, "三等奖"), (2, "优秀奖") };
        foreach (var (index, award) in awards.Where(a => a.Item1 < entries.Count))
        {
            (entries[index].Entry.Award, entries[index].Entry.AwardLevel, entries[index].Entry.AwardedOn) = (award, "县级", finalOn);
        }

        // The county's winners sent on to the city's competition.
        var city = new Competition
        {
            Year = year, Name = $"{year}年温州市创新创业大赛", Level = "市级", Organiser = "温州市科技局", RegionCode = county, CreatedAt = now, UpdatedAt = now,
        };
        db.Competitions.Add(city);
        var cityOn = new DateOnly(year, 11, 18);
        foreach (var (entry, award) in entries.Take(2).Zip(new[] { "二等奖", "优秀奖" }))
        {
            db.CompetitionEntries.Add(new CompetitionEntry
            {
                CompetitionId = city.Id, EnterpriseId = entry.Entry.EnterpriseId, Name = entry.Entry.Name, Leader = entry.Entry.Leader, Track = "成长企业组",
                ProjectTitle = entry.Entry.ProjectTitle, Award = award, AwardLevel = "市级", AwardedOn = cityOn,
            });
        }
    }
}
