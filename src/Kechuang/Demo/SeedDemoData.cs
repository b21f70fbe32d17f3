using Kechuang.Data;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// A fictional but realistic bureau set-up for 温州市 (330300) and its county-level units, so a new user sees a
/// working system at once. Only ever run on a database that had no users before this start.
/// </summary>
public sealed class SeedDemoData(KechuangDbContext db, UserManager<AppUser> users, TimeProvider clock, Indicators.Derived.DerivedFigures derived)
{
    public const string Prefecture = "330300";
    public const string Password = "kechuang2026";

    // Fictional staff: (user name, display name, region, role).
    private static readonly (string User, string Name, string Region, string Role)[] People =
    [
        ("wz_admin", "陈建国", "330300", Roles.Admin),
        ("wz_leader", "林志远", "330300", Roles.Leader),
        ("wz_staff", "黄丽娟", "330300", Roles.Staff),
        ("lc_staff", "周晓燕", "330302", Roles.Staff),
        ("lw_staff", "郑海波", "330303", Roles.Staff),
        ("oh_staff", "吴佳琪", "330304", Roles.Staff),
        ("dt_staff", "徐文杰", "330305", Roles.Staff),
        ("yj_staff", "潘雪梅", "330324", Roles.Staff),
        ("py_admin", "金伟", "330326", Roles.Admin),
        ("py_leader", "王德明", "330326", Roles.Leader),
        ("py_staff", "李晓红", "330326", Roles.Staff),
        ("cn_staff", "叶志强", "330327", Roles.Staff),
        ("wc_staff", "蔡静", "330328", Roles.Staff),
        ("ts_staff", "包春燕", "330329", Roles.Staff),
        ("ra_staff", "孙立新", "330381", Roles.Staff),
        ("yq_staff", "朱海燕", "330382", Roles.Staff),
        ("lg_staff", "杨帆", "330383", Roles.Staff),
        (ExpertUser, "陶建华", "330326", Roles.Expert),
        ("py_tpy", "章国庆", "330326", Roles.Commissioner),
    ];

    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var existing = await db.Users.Select(u => u.UserName).ToListAsync(ct);
        var created = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var person in People.Where(p => !existing.Contains(p.User)))
        {
            var user = new AppUser
            {
                UserName = person.User,
                DisplayName = person.Name,
                RegionCode = person.Region,
                CreatedAt = clock.GetUtcNow(),
            };
            (await users.CreateAsync(user, Password)).ThrowIfFailed();
            (await users.AddToRoleAsync(user, person.Role)).ThrowIfFailed();
            created++;
        }
        if (await SeedEnterprisesAsync(ct))
        {
            created++;
        }
        await ContractDemoData.SeedAsync(db, clock, ct);
        var counties = await db.Regions.AsNoTracking().Where(r => r.ParentCode == Prefecture).OrderBy(r => r.Code).ToListAsync(ct);
        await PlatformDemoData.SeedAsync(db, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await IncubatorDemoData.SeedAsync(db, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await CommissionerDemoData.SeedAsync(db, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await ExpertDemoData.SeedAsync(db, counties, clock.GetUtcNow(), ct);
        await SeismicDemoData.SeedAsync(db, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await CallDemoData.SeedAsync(db, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await ApplicationDemoData.SeedAsync(db, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await ReviewDemoData.SeedAsync(db, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await ExecutionDemoData.SeedAsync(db, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await MarketDemoData.SeedAsync(db, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await PatentDemoData.SeedAsync(db, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await PolicyDemoData.SeedAsync(db, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await TalentDemoData.SeedAsync(db, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await OutreachDemoData.SeedAsync(db, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await VoucherDemoData.SeedAsync(db, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await NoticeDemoData.SeedAsync(db, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await HallDemoData.SeedAsync(db, users, clock, Password, ct);
        await VisitDemoData.SeedAsync(db, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await IndicatorDemo.SeedAsync(db, derived, counties, Common.ChinaClock.TodayInChina(clock), clock.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return created;
    }

    public const string EnterpriseUser = "py_qiye";
    public const string ExpertUser = "py_expert";

    /// <summary>A few thousand enterprises with three years of figures and titles, a cultivation pool, and one enterprise user.</summary>
    private async Task<bool> SeedEnterprisesAsync(CancellationToken ct)
    {
        if (await db.Enterprises.AnyAsync(ct))
        {
            return false;
        }
        var today = Common.ChinaClock.TodayInChina(clock);
        var generator = new EnterpriseGenerator(seed: 2026, today);
        var counties = await db.Regions.AsNoTracking().Where(r => r.ParentCode == Prefecture).OrderBy(r => r.Code).ToListAsync(ct);
        var towns = (await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith(Prefecture.Substring(0, 4)) && r.Code.Length == 9).Select(r => r.Code).ToListAsync(ct))
            .ToLookup(c => c[..6]);
        var index = 0;
        var pingyang = new List<GeneratedEnterprise>();
        var days = new Random(2026);
        foreach (var county in counties)
        {
            // Each county's register at its size (DemoCounties): HTEs renewing their certificates every three years, a
            // third of them each year, so 新认定高企数 a year is a third of 高企总数; tech SMEs registering every year, some
            // of them HTEs too; and enterprises with neither, the cultivation's candidates.
            var profile = DemoCounty.Of(county.Code);
            var hte = profile.Scaled(DemoCounty.NewHtePerYear) * 3;
            var techSme = profile.Scaled(DemoCounty.TechSmePerYear);
            var both = Math.Min(techSme, hte * 2 / 5);
            var count = hte + (techSme - both) + profile.Scaled(60, minimum: 8);
            for (var i = 0; i < count; i++)
            {
                var isHte = i < hte;
                var isTechSme = i >= hte - both && i < hte - both + techSme;
                var plan = new EnterpriseGenerator.TitlePlan(
                    isHte ? today.Year - 5 : null, i % 3, days.Next(0, 365), isTechSme ? today.Year - 2 : null, days.Next(45, 300));
                var generated = generator.Next(county.Code, county.Name, towns[county.Code].ToList(), index++, plan);
                generated.Enterprise.CreatedAt = generated.Enterprise.UpdatedAt = clock.GetUtcNow();
                db.Enterprises.Add(generated.Enterprise);
                db.EnterpriseYears.AddRange(generated.Years);
                db.Qualifications.AddRange(generated.Qualifications);
                if (county.Code == "330326")
                {
                    pingyang.Add(generated);
                }
            }
        }
        await db.SaveChangesAsync(ct);

        // The pool: 平阳 enterprises without a valid HTE certificate, at every stage.
        var stages = Enterprises.Cultivation.CultivationOptions.Stages;
        var candidates = pingyang.Where(g => !g.Qualifications.Any(q => q.Type == Enterprises.QualificationType.HighTech)).Take(18).ToList();
        for (var i = 0; i < candidates.Count; i++)
        {
            db.CultivationEntries.Add(new Enterprises.CultivationEntry
            {
                EnterpriseId = candidates[i].Enterprise.Id,
                Year = today.Year,
                Target = i % 3 == 2 ? Enterprises.QualificationType.TechSme : Enterprises.QualificationType.HighTech,
                Stage = stages[i % stages.Count],
                Notes = i % 2 == 0 ? "已上门走访，研发费用归集需规范" : null,
                UpdatedAt = clock.GetUtcNow(),
            });
        }
        var own = pingyang[0].Enterprise;
        var user = new AppUser { UserName = EnterpriseUser, DisplayName = own.ContactName ?? "企业联系人", RegionCode = own.RegionCode, EnterpriseId = own.Id, CreatedAt = clock.GetUtcNow() };
        (await users.CreateAsync(user, Password)).ThrowIfFailed();
        (await users.AddToRoleAsync(user, Roles.Enterprise)).ThrowIfFailed();
        await db.SaveChangesAsync(ct);
        // Thousands of saved records need no tracking: every later save would look them over again.
        db.ChangeTracker.Clear();
        return true;
    }
}
