using Kechuang.Calendar;
using Kechuang.Data;
using Kechuang.Seismic;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 防震减灾 for the demo counties (docs/domain.md §7.10), dated back from the day the demo starts: 平阳县 has a dozen
/// approvals over the last fifteen months — nine decided within their time limit, three pending (one received a few
/// days ago, one two working days from its due date, one just received) — four stations and three drills; each peer a
/// few approvals, a station and a drill. Every date is on or before today, every decision on time.
/// </summary>
internal static class SeismicDemoData
{
    private const string Pingyang = "330326";

    /// <summary>平阳县's applications: project, applicant, site.</summary>
    private static readonly (string Project, string Applicant, string Site)[] PingyangProjects =
    [
        ("平阳县人民医院新院区建设工程", "平阳县人民医院", "昆阳镇城东新区"),
        ("鳌江镇中心小学迁建工程", "平阳县教育局", "鳌江镇滨江路"),
        ("昆阳镇城东安置房项目（一期）", "平阳县城市发展投资集团有限公司", "昆阳镇城东新区"),
        ("水头镇污水处理厂提标改造工程", "平阳县水务集团有限公司", "水头镇溪头村"),
        ("智能装备产业园标准厂房项目", "平阳县滨海新区开发建设有限公司", "万全镇滨海新区"),
        ("平阳县体育中心体育馆工程", "平阳县文化和广电旅游体育局", "昆阳镇凤湖新区"),
        ("万全镇综合客运枢纽工程", "平阳县交通发展集团有限公司", "万全镇"),
        ("南雁荡山景区游客服务中心", "平阳县南雁荡山风景旅游管理中心", "南雁镇"),
        ("平阳县应急物资储备库建设工程", "平阳县应急管理局", "萧江镇"),
        ("萧江110千伏变电站新建工程", "国网浙江平阳县供电有限公司", "萧江镇"),
        ("平阳县第二中学扩建工程", "平阳县教育局", "鳌江镇"),
        ("鳌江港区仓储物流中心项目", "平阳县港口开发有限公司", "鳌江镇鳌江港区"),
    ];

    /// <summary>A peer county's applications, named after the place.</summary>
    private static readonly (string Project, string Applicant)[] PeerProjects =
    [
        ("{0}人民医院门急诊楼扩建工程", "{0}人民医院"),
        ("{0}城区幼儿园新建工程", "{0}教育局"),
        ("{0}应急避难场所建设工程", "{0}应急管理局"),
        ("{0}城市综合体项目", "{0}城市建设投资集团有限公司"),
    ];

    public static async Task SeedAsync(KechuangDbContext db, IReadOnlyList<Regions.Region> counties, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.SeismicApprovals.AnyAsync(ct))
        {
            return;
        }
        var days = await new WorkCalendar(db).LoadAsync(today.AddDays(-500), today, ct);
        foreach (var county in counties)
        {
            var place = county.Name;
            var prefix = county.Name[..1] + "震审";
            var random = new Random(int.Parse(county.Code, System.Globalization.CultureInfo.InvariantCulture) + 7);
            if (county.Code == Pingyang)
            {
                // Nine decided, from about fifteen months ago to six weeks ago, each within 3–9 working days.
                for (var k = 0; k < 9; k++)
                {
                    var received = Workday(days, today.AddDays(-430 + (k * 48) + random.Next(0, 5)));
                    var decided = days.DueDate(received, 3 + random.Next(0, 7));
                    var (project, applicant, site) = PingyangProjects[k];
                    db.SeismicApprovals.Add(Decided(days, project, applicant, site, county.Code, received, decided, $"{prefix}〔{decided.Year}〕{k + 1}号", now));
                }
                // Pending: one received a few days ago, one two working days from its due date, one received today.
                var dueSoon = days.DueDate(today, 2);
                var soon = today;
                while (days.DueDate(soon, SeismicRules.DefaultLimitDays) > dueSoon)
                {
                    soon = soon.AddDays(-1);
                }
                soon = Workday(days, soon);   // back over a weekend the due date stays the same
                var receivedOn = new[] { Workday(days, today.AddDays(-4)), soon, Workday(days, today) };
                for (var k = 0; k < 3; k++)
                {
                    var (project, applicant, site) = PingyangProjects[9 + k];
                    db.SeismicApprovals.Add(Pending(days, project, applicant, site, county.Code, receivedOn[k], now));
                }
                db.SeismicStations.AddRange(
                    Station("平阳地震台", "测震台", county.Code, "昆阳镇九凰山", "平阳县地震监测中心", new DateOnly(2009, 10, 1), now),
                    Station("平阳昆阳强震动台", "强震动台", county.Code, "昆阳镇", "平阳县地震监测中心", new DateOnly(2015, 6, 18), now),
                    Station("水头地下流体观测井", "地下流体观测站", county.Code, "水头镇", "平阳县地震监测中心", new DateOnly(2018, 11, 8), now),
                    Station("鳌江宏观观测点", "宏观观测点", county.Code, "鳌江镇", "鳌江镇人民政府", new DateOnly(2020, 5, 12), now));
                AddDrill(db, today, today.Year - 1, 5, 12, "全县中小学地震应急疏散演练", "平阳县各中小学", 18_600, "平阳县教育局", county.Code, now);
                AddDrill(db, today, today.Year - 1, 11, 8, "平阳县地震应急救援综合演练", "平阳县应急救援训练基地", 420, "平阳县防震减灾工作领导小组办公室", county.Code, now);
                AddDrill(db, today, today.Year, 5, 12, "社区地震应急避险演练", "昆阳镇城东社区", 860, "昆阳镇人民政府", county.Code, now);
                continue;
            }
            // A peer: three decided over the last year, one pending.
            for (var k = 0; k < 4; k++)
            {
                var (project, applicant) = PeerProjects[k];
                var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, project, place);
                var by = string.Format(System.Globalization.CultureInfo.InvariantCulture, applicant, place);
                if (k < 3)
                {
                    var received = Workday(days, today.AddDays(-320 + (k * 95) + random.Next(0, 10)));
                    var decided = days.DueDate(received, 4 + random.Next(0, 6));
                    db.SeismicApprovals.Add(Decided(days, name, by, place, county.Code, received, decided, $"{prefix}〔{decided.Year}〕{k + 1}号", now));
                }
                else
                {
                    db.SeismicApprovals.Add(Pending(days, name, by, place, county.Code, Workday(days, today.AddDays(-random.Next(1, 6))), now));
                }
            }
            db.SeismicStations.Add(Station($"{place.TrimEnd('县', '市', '区')}地震台", "测震台", county.Code, place, $"{place}应急管理局", new DateOnly(2012, 9, 1), now));
            AddDrill(db, today, today.Year - 1, 5, 12, "中小学地震应急疏散演练", $"{place}各中小学", 3_000 + random.Next(0, 9_000), $"{place}教育局", county.Code, now);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The working day on or before <paramref name="day"/>: applications are received at the service desk.</summary>
    private static DateOnly Workday(WorkingDays days, DateOnly day)
    {
        while (!days.IsWorkday(day))
        {
            day = day.AddDays(-1);
        }
        return day;
    }

    private static SeismicApproval Pending(WorkingDays days, string project, string applicant, string site, string county, DateOnly received, DateTimeOffset now)
    {
        var approval = new SeismicApproval
        {
            ProjectName = project, Applicant = applicant, Site = site, RegionCode = county, ReceivedOn = received,
            LimitDays = SeismicRules.DefaultLimitDays, CreatedAt = now, UpdatedAt = now,
        };
        SeismicRules.Schedule(approval, days);
        return approval;
    }

    private static SeismicApproval Decided(WorkingDays days, string project, string applicant, string site, string county,
        DateOnly received, DateOnly decided, string number, DateTimeOffset now)
    {
        var approval = Pending(days, project, applicant, site, county, received, now);
        approval.Decision = SeismicWords.Approve;
        approval.DecidedOn = decided;
        approval.DocumentNumber = number;
        approval.Requirement = "地震基本烈度Ⅵ度，基本地震动峰值加速度0.05g，按乙类建筑提高一度采取抗震措施";
        return approval;
    }

    private static SeismicStation Station(string name, string kind, string county, string site, string keeper, DateOnly built, DateTimeOffset now) => new()
    {
        Name = name, Kind = kind, RegionCode = county, Site = site, Keeper = keeper, BuiltOn = built, Status = SeismicWords.Running,
        CreatedAt = now, UpdatedAt = now,
    };

    /// <summary>A drill on a day of a year, if that day has come (the demo may start in January).</summary>
    private static void AddDrill(KechuangDbContext db, DateOnly today, int year, int month, int day, string title, string place, int participants,
        string organiser, string county, DateTimeOffset now)
    {
        var held = new DateOnly(year, month, day);
        if (held > today)
        {
            return;
        }
        db.SeismicDrills.Add(new SeismicDrill
        {
            Title = title, HeldOn = held, Place = place, RegionCode = county, Participants = participants, Organiser = organiser,
            CreatedAt = now, UpdatedAt = now,
        });
    }
}
