using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests.Matrix;

/// <summary>
/// The matrix's one fixture: one record of each kind in 平阳县 (the home county, whose ids the matrix calls with) and
/// in 鹿城区, and a signed-in client per caller of <see cref="Who"/>. Built once per provider through the API.
/// </summary>
public sealed class MatrixWorld
{
    public const string Home = "330326";
    public const string Other = "330302";
    public const string City = "330300";

    private int _next;

    private MatrixWorld(ApiFixture app) => App = app;

    public ApiFixture App { get; }
    public Dictionary<Who, HttpClient> Clients { get; } = [];
    public string Enterprise { get; private set; } = "";
    public string HomeUscc { get; private set; } = "";
    public string HomeName { get; private set; } = "";
    public string Contract { get; private set; } = "";
    public string Qualification { get; private set; } = "";
    public string Pool { get; private set; } = "";
    public string User { get; private set; } = "";
    public string Indicator { get; private set; } = "";
    public string Incubator { get; private set; } = "";
    public string Tenant { get; private set; } = "";
    public string Platform { get; private set; } = "";
    public string Commissioner { get; private set; } = "";
    public string Expert { get; private set; } = "";
    public string Call { get; private set; } = "";
    public string Application { get; private set; } = "";
    public string Need { get; private set; } = "";
    public string Achievement { get; private set; } = "";
    public string Approval { get; private set; } = "";
    public string Station { get; private set; } = "";
    public string Drill { get; private set; } = "";
    public string Event { get; private set; } = "";
    public string Cooperation { get; private set; } = "";
    public string Patent { get; private set; } = "";
    public string Visit { get; private set; } = "";
    public string VisitProblem { get; private set; } = "";
    public string PatentNumber { get; private set; } = "";
    public string Trademark { get; private set; } = "";
    public string TrademarkNumber { get; private set; } = "";
    public string IpCase { get; private set; } = "";
    public string Policy { get; private set; } = "";
    public string Award { get; private set; } = "";
    public string Programme { get; private set; } = "";
    public string VoucherProgramme { get; private set; } = "";
    public string ProgrammeName { get; private set; } = "";
    public string TalentAward { get; private set; } = "";
    public string Recruit { get; private set; } = "";
    public string ForeignExpert { get; private set; } = "";
    public string Activity { get; private set; } = "";
    public string Photo { get; private set; } = "";
    public string ScienceBase { get; private set; } = "";
    public string Competition { get; private set; } = "";
    public string Entry { get; private set; } = "";
    public string HallRequest { get; private set; } = "";
    public string Colleague { get; private set; } = "";
    public string Round { get; private set; } = "";
    public string Voucher { get; private set; } = "";
    public string Provider { get; private set; } = "";
    public string ProviderUscc { get; private set; } = "";
    public string Finance { get; private set; } = "";
    public string Notice { get; private set; } = "";
    public string NoticeFile { get; private set; } = "";
    public int Year => App.Clock.TodayInChina().Year;
    public string Today => App.Clock.TodayInChina().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string WeekAhead => App.Clock.TodayInChina().AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A mobile number no other caller of the fixture has (the hall's login name).</summary>
    public string Phone() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    public string Next() => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];

    public string Url(string template) => template
        .Replace("{home}", Home, StringComparison.Ordinal).Replace("{city}", City, StringComparison.Ordinal)
        .Replace("{enterprise}", Enterprise, StringComparison.Ordinal).Replace("{contract}", Contract, StringComparison.Ordinal)
        .Replace("{qualification}", Qualification, StringComparison.Ordinal).Replace("{pool}", Pool, StringComparison.Ordinal)
        .Replace("{user}", User, StringComparison.Ordinal).Replace("{indicator}", Indicator, StringComparison.Ordinal)
        .Replace("{incubator}", Incubator, StringComparison.Ordinal).Replace("{platform}", Platform, StringComparison.Ordinal)
        .Replace("{tenant}", Tenant, StringComparison.Ordinal).Replace("{commissioner}", Commissioner, StringComparison.Ordinal)
        .Replace("{expert}", Expert, StringComparison.Ordinal).Replace("{call}", Call, StringComparison.Ordinal)
        .Replace("{application}", Application, StringComparison.Ordinal)
        .Replace("{need}", Need, StringComparison.Ordinal).Replace("{achievement}", Achievement, StringComparison.Ordinal)
        .Replace("{approval}", Approval, StringComparison.Ordinal).Replace("{station}", Station, StringComparison.Ordinal)
        .Replace("{drill}", Drill, StringComparison.Ordinal)
        .Replace("{event}", Event, StringComparison.Ordinal).Replace("{cooperation}", Cooperation, StringComparison.Ordinal)
        .Replace("{patent}", Patent, StringComparison.Ordinal).Replace("{trademark}", Trademark, StringComparison.Ordinal)
        .Replace("{ipcase}", IpCase, StringComparison.Ordinal)
        .Replace("{policy}", Policy, StringComparison.Ordinal).Replace("{award}", Award, StringComparison.Ordinal)
        .Replace("{programme}", Programme, StringComparison.Ordinal).Replace("{talentaward}", TalentAward, StringComparison.Ordinal)
        .Replace("{recruit}", Recruit, StringComparison.Ordinal).Replace("{foreignexpert}", ForeignExpert, StringComparison.Ordinal)
        .Replace("{visitproblem}", VisitProblem, StringComparison.Ordinal).Replace("{visit}", Visit, StringComparison.Ordinal)
        .Replace("{activity}", Activity, StringComparison.Ordinal).Replace("{photo}", Photo, StringComparison.Ordinal)
        .Replace("{sciencebase}", ScienceBase, StringComparison.Ordinal).Replace("{competition}", Competition, StringComparison.Ordinal)
        .Replace("{entry}", Entry, StringComparison.Ordinal).Replace("{round}", Round, StringComparison.Ordinal)
        .Replace("{voucherprogramme}", VoucherProgramme, StringComparison.Ordinal).Replace("{voucher}", Voucher, StringComparison.Ordinal)
        .Replace("{provider}", Provider, StringComparison.Ordinal).Replace("{finance}", Finance, StringComparison.Ordinal)
        .Replace("{noticefile}", NoticeFile, StringComparison.Ordinal).Replace("{notice}", Notice, StringComparison.Ordinal)
        .Replace("{hallrequest}", HallRequest, StringComparison.Ordinal).Replace("{colleague}", Colleague, StringComparison.Ordinal)
        .Replace("{lastYear}", (Year - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{year}", Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A new valid invention application number of 2024 each call (a fresh serial, its check digit computed).</summary>
    public static string NewPatentNumber()
    {
        var digits = "20241" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        return digits + "." + Kechuang.Common.PatentNumber.CheckDigit(digits);
    }

    /// <summary>A 免申即享 clause of 平阳县 for last year: every valid 高新技术企业 gets 100,000 yuan.</summary>
    public object PolicyBody(string code) => new
    {
        code, name = "矩阵条款", regionCode = Home, year = Year - 1, condition = "hte_valid", amount = "100000", autoGrant = true,
    };

    /// <summary>A patent of the home enterprise: a new number unless <paramref name="number"/> names the fixture's.</summary>
    public object PatentBody(string? number = null) => new
    {
        enterpriseId = Enterprise, number = number ?? NewPatentNumber(), kind = "发明", appliedOn = "2024-03-01", grantedOn = "2025-06-10",
    };

    public object TrademarkBody(string? number = null) => new
    {
        name = "矩阵商标", registrationNumber = number ?? Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
        holder = "矩阵企业", regionCode = Home, kind = "普通商标", registeredOn = "2023-05-01",
    };

    public object VoucherProgrammeBody(string region) => new
    {
        name = "矩阵创新券专项" + Next(), regionCode = region, year = Year, total = 1_000_000m, perEnterpriseLimit = 100_000m, share = 0.5m,
        validFrom = $"{Year}-01-01", validUntil = $"{Year}-12-31", autoAmount = 10_000m,
    };

    public object VoucherBody() => new { enterpriseId = Enterprise, amount = 50_000m, validUntil = $"{Year}-12-31" };

    public object ProviderBody(string? uscc = null) => new { uscc = uscc ?? TestCodes.NewUscc(Home), name = "矩阵服务机构" + Next(), regionCode = Home };

    public object RedemptionBody() => new { providerId = Provider, contractAmount = 1_000m, invoiceNo = "MX" + Next(), servedOn = Today };

    public object FinanceBody() => new { kind = "科技贷", enterpriseId = Enterprise, institution = "矩阵银行", amount = 1_000_000m, rate = 3.65m, startOn = Today };

    /// <summary>A preview, so that every role's call leaves the register as it was.</summary>
    public object SubsidyBody() => new { policyCode = Policy, year = Year - 1, preview = true };

    public object IpCaseBody() => new
    {
        title = "矩阵专利侵权纠纷", kind = "专利", complainant = "甲公司", respondent = "乙厂", regionCode = Home, receivedOn = "2025-01-02",
    };

    /// <summary>浙江省“鲲鹏行动”计划, seeded (Talent/TalentProgrammes.cs).</summary>
    public const string Kunpeng = "0193f000-0000-7000-8000-000000000703";

    public object ProgrammeBody(string? name = null) => new { name = name ?? "矩阵县级人才计划" + Next(), regionCode = Home, annualFunding = 100_000m, fundingYears = 3 };

    public object AwardBody() => new
    {
        programmeId = Kunpeng, enterpriseId = Enterprise, personName = "矩阵人才", degree = "博士", field = "智能装备",
        appliedOn = $"{Year - 1}-03-01", decidedOn = $"{Year - 1}-09-01", fundingGranted = 300_000m,
    };

    public object CheckBody() => new { year = Year - 1, result = "合格", checkedOn = $"{Year - 1}-12-20" };

    public object RecruitBody() => new { enterpriseId = Enterprise, personName = "矩阵研究生", degree = "硕士", school = "矩阵大学", recruitedOn = $"{Year - 1}-07-01" };

    public object ForeignExpertBody() => new
    {
        name = "Matrix Expert", nationality = "德国", permitCategory = "A类", employer = "矩阵企业", regionCode = Home,
        validFrom = $"{Year - 1}-01-01", validTo = $"{Year + 1}-01-01",
    };

    public object IncubatorBody(string region) => new
    {
        name = "矩阵孵化器" + Next(), kind = "孵化器", level = "县级", regionCode = region, areaSqm = 1000m, inUseOn = "2024-03-01",
    };

    /// <summary>A start-up team (not the register's), so any number can enter.</summary>
    /// <summary>A call of the region, open a month from today, a new title each time.</summary>
    public object CallBody(string region) => new
    {
        title = "矩阵申报指南" + Next(), programme = "重点研发", year = Year, regionCode = region, totalBudget = 1_000_000m, capPerProject = 100_000m,
        opensOn = Today, closesOn = DateOnly.Parse(Today, CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        criteria = new[] { new { name = "综合", maxScore = 100m, weight = 100m } },
    };

    /// <summary>A complete application to the world's call, as its enterprise writes it.</summary>
    public object ApplicationBody() => new
    {
        callId = Call, title = "矩阵申报项目" + Next(), summary = "矩阵", startOn = Today, endOn = Today, leader = "矩阵",
        members = new[] { new { name = "矩阵" } }, milestones = new[] { new { dueOn = Today, content = "完成" } },
        budget = new[] { new { category = "业务费", special = 10_000m, own = 0m } },
    };

    /// <summary>An expert of the region's pool, a new name each time.</summary>
    public object ExpertBody(string region) => new { name = "矩阵专家" + Next(), organisation = "矩阵大学", regionCode = region, fields = new[] { "电子信息" } };

    /// <summary>A need of the home enterprise (the enterprise user's own), a new title each time.</summary>
    public object NeedBody() => new { enterpriseId = Enterprise, title = "矩阵技术需求" + Next(), cooperationMode = "技术开发", keywords = new[] { "机器视觉" } };

    /// <summary>An achievement of the region's register, a new title each time.</summary>
    public object AchievementBody(string region) => new
    {
        title = "矩阵科技成果" + Next(), holder = "矩阵大学", stage = "中试", transferMode = "许可", regionCode = region, keywords = new[] { "机器视觉" },
    };

    /// <summary>An event of <paramref name="region"/> held today, the home enterprise invited (so its user reads it).</summary>
    public object EventBody(string region) => new
    {
        title = "矩阵对接活动" + Next(), heldOn = Today, place = "矩阵会场", regionCode = region,
        invitees = region == Home ? new object[] { new { enterpriseId = Enterprise, attended = true, headCount = 2 }, new { name = "矩阵大学" } } : [],
    };

    /// <summary>A cooperation of the home enterprise signed today, room for many payments of one yuan.</summary>
    public object CooperationBody() => new
    {
        title = "矩阵合作项目" + Next(), mode = "技术开发", signedOn = Today, amount = 1_000_000m, enterpriseId = Enterprise, holder = "矩阵大学",
    };

    public object TenantBody() => new { name = "矩阵创业团队" + Next(), enteredOn = "2024-05-01", areaSqm = 50m };

    /// <summary>A platform hosted by an institution (no enterprise), so any number can be registered.</summary>
    public object PlatformBody(string region) => new
    {
        name = "矩阵重点实验室" + Next(), kind = "重点实验室", level = "市级", regionCode = region, hostName = "矩阵研究院" + Next(), recognisedOn = "2023-05-01",
    };

    /// <summary>A person sent to <paramref name="region"/> (平阳县 or 鹿城区) serving its first town.</summary>
    public object CommissionerBody(string region) => new
    {
        name = "矩阵特派员" + Next(), kind = "individual", level = "县级", regionCode = region, year = Year,
        towns = new[] { region == Home ? "330326100" : "330302006" },
    };

    /// <summary>An approval received in 2024 (so a decision dated today is after it) in <paramref name="region"/>.</summary>
    public object ApprovalBody(string region) => new
    {
        projectName = "矩阵厂房" + Next(), applicant = "矩阵建设有限公司", regionCode = region, receivedOn = "2024-06-03", limitDays = 10,
    };

    public object StationBody(string region) => new { name = "矩阵台站" + Next(), kind = "宏观观测点", regionCode = region, status = "运行" };

    public object ActivityBody(string region) => new
    {
        kind = "科普活动", title = "矩阵科普活动" + Next(), organisers = "矩阵科协", place = "矩阵广场", regionCode = region, heldOn = "2024-05-18", attendance = 300,
    };

    public object VisitBody(bool withProblem = false) => new
    {
        enterpriseId = Enterprise, visitedOn = Today, visitors = "矩阵走访人", summary = "矩阵走访情况" + Next(),
        problems = withProblem ? new[] { ProblemBody() } : [],
    };

    public object ProblemBody() => new { category = "资金", description = "矩阵问题" + Next(), dueOn = Today };

    public object ScienceBaseBody(string region) => new { name = "矩阵科普基地" + Next(), level = "县级", host = "矩阵科技馆", regionCode = region, recognisedOn = "2023-06-01" };

    public object CompetitionBody(string region) => new { year = 2024, name = "矩阵创新创业大赛" + Next(), level = "县级", organiser = "矩阵科技局", regionCode = region };

    /// <summary>A team entry (not the register's), a new project each time.</summary>
    public object EntryBody() => new { teamName = "矩阵创业团队", track = "初创组", projectTitle = "矩阵参赛项目" + Next() };

    /// <summary>The smallest PNG a photo upload takes: the signature and an IHDR chunk.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public object DrillBody(string region) => new { title = "矩阵演练" + Next(), heldOn = "2024-05-12", place = "矩阵小学", regionCode = region, participants = 300 };

    public object ContractBody(string region, string? sellerUscc = null) => new
    {
        name = "矩阵测试技术开发合同",
        type = "development_commissioned",
        sellerName = "矩阵测试科技有限公司",
        sellerUscc = sellerUscc ?? TestCodes.NewUscc(region),
        sellerRegionCode = region,
        buyerName = "矩阵测试买方有限公司",
        buyerUscc = TestCodes.NewUscc("330106"),
        buyerRegionCode = "330106",
        signedOn = App.Clock.TodayInChina().AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        receivedOn = App.Clock.TodayInChina().AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        turnover = 1_000_000m,
        techTransaction = 800_000m,
    };

    public static async Task<MatrixWorld> BuildAsync(ApiFixture app)
    {
        var w = new MatrixWorld(app);
        var admin = await app.AsAdmin();
        var (home, homeUscc, homeName) = await w.EnterpriseAsync(admin, Home);
        var (other, otherUscc, _) = await w.EnterpriseAsync(admin, Other);
        (w.Enterprise, w.HomeUscc, w.HomeName) = (home, homeUscc, homeName);

        w.Clients[Who.Admin] = admin;
        w.Clients[Who.CityStaff] = await w.UserAsync(City, "staff");
        w.Clients[Who.Staff] = await w.UserAsync(Home, "staff");
        w.Clients[Who.OtherStaff] = await w.UserAsync(Other, "staff");
        w.Clients[Who.Leader] = await w.UserAsync(City, "leader");
        w.Clients[Who.Ent] = await w.UserAsync(Home, "enterprise", home);
        w.Clients[Who.OtherEnt] = await w.UserAsync(Other, "enterprise", other);
        w.Clients[Who.Expert] = await w.UserAsync(Home, "expert");
        w.Clients[Who.Commissioner] = await w.UserAsync(Home, "commissioner");
        w.Clients[Who.Anonymous] = app.Anonymous();
        w.User = await app.CreateUserAsync("mxvictim" + w.Next()[..6], Home, "staff");

        w.Contract = await IdAsync(await admin.PostAsJsonAsync("/api/contracts", w.ContractBody(Home, homeUscc)));
        await IdAsync(await admin.PostAsJsonAsync("/api/contracts", w.ContractBody(Other, otherUscc)));
        w.Incubator = await IdAsync(await admin.PostAsJsonAsync("/api/incubators", w.IncubatorBody(Home)));
        await IdAsync(await admin.PostAsJsonAsync("/api/incubators", w.IncubatorBody(Other)));
        var tenants = await admin.PostAsJsonAsync($"/api/incubators/{w.Incubator}/tenants", w.TenantBody());
        w.Tenant = JsonDocument.Parse(await tenants.Content.ReadAsStringAsync()).RootElement.GetProperty("tenants")[0].GetProperty("id").GetString()!;
        w.Platform = await IdAsync(await admin.PostAsJsonAsync("/api/platforms", w.PlatformBody(Home)));
        await IdAsync(await admin.PostAsJsonAsync("/api/platforms", w.PlatformBody(Other)));
        w.Commissioner = await IdAsync(await admin.PostAsJsonAsync("/api/commissioners", w.CommissionerBody(Home)));
        w.Expert = await IdAsync(await admin.PostAsJsonAsync("/api/experts", w.ExpertBody(Home)));
        w.Call = await IdAsync(await admin.PostAsJsonAsync("/api/projects/calls", w.CallBody(Home)));
        Ok(await admin.PostAsync($"/api/projects/calls/{w.Call}/publish", null));   // published: the enterprise of the region reads it
        // Submitted, so the call's bureau reads it too (a draft is the enterprise's own).
        w.Application = await IdAsync(await w.Clients[Who.Ent].PostAsJsonAsync("/api/projects/applications", w.ApplicationBody()));
        Ok(await w.Clients[Who.Ent].PostAsync($"/api/projects/applications/{w.Application}/submit", null));
        await IdAsync(await admin.PostAsJsonAsync("/api/experts", w.ExpertBody(Other)));
        w.Need = await IdAsync(await admin.PostAsJsonAsync("/api/market/needs", w.NeedBody()));         // filed by the bureau: published
        w.Achievement = await IdAsync(await admin.PostAsJsonAsync("/api/market/achievements", w.AchievementBody(Home)));
        await IdAsync(await admin.PostAsJsonAsync("/api/market/achievements", w.AchievementBody(Other)));
        await IdAsync(await admin.PostAsJsonAsync("/api/commissioners", w.CommissionerBody(Other)));
        w.Event = await IdAsync(await admin.PostAsJsonAsync("/api/market/events", w.EventBody(Home)));
        await IdAsync(await admin.PostAsJsonAsync("/api/market/events", w.EventBody(Other)));
        w.Cooperation = await IdAsync(await admin.PostAsJsonAsync("/api/market/cooperations", w.CooperationBody()));
        w.Approval = await IdAsync(await admin.PostAsJsonAsync("/api/seismic/approvals", w.ApprovalBody(Home)));
        w.Station = await IdAsync(await admin.PostAsJsonAsync("/api/seismic/stations", w.StationBody(Home)));
        w.Drill = await IdAsync(await admin.PostAsJsonAsync("/api/seismic/drills", w.DrillBody(Home)));
        await IdAsync(await admin.PostAsJsonAsync("/api/seismic/approvals", w.ApprovalBody(Other)));
        var visit = JsonDocument.Parse(await Ok(await admin.PostAsJsonAsync("/api/visits", w.VisitBody(withProblem: true))).Content.ReadAsStringAsync()).RootElement;
        w.Visit = visit.GetProperty("id").GetString()!;
        w.VisitProblem = visit.GetProperty("problems")[0].GetProperty("id").GetString()!;
        w.Activity = await IdAsync(await admin.PostAsJsonAsync("/api/outreach/activities", w.ActivityBody(Home)));
        await IdAsync(await admin.PostAsJsonAsync("/api/outreach/activities", w.ActivityBody(Other)));
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new ByteArrayContent(Png), "file", "活动照片.png");
            w.Photo = await IdAsync(await admin.PostAsync($"/api/outreach/activities/{w.Activity}/photos", form));
        }
        w.ScienceBase = await IdAsync(await admin.PostAsJsonAsync("/api/outreach/bases", w.ScienceBaseBody(Home)));
        w.Competition = await IdAsync(await admin.PostAsJsonAsync("/api/competitions", w.CompetitionBody(Home)));
        await IdAsync(await admin.PostAsJsonAsync("/api/competitions", w.CompetitionBody(Other)));
        var competition = JsonDocument.Parse(await Ok(await admin.PostAsJsonAsync($"/api/competitions/{w.Competition}/entries", w.EntryBody())).Content.ReadAsStringAsync()).RootElement;
        w.Entry = competition.GetProperty("entries")[0].GetProperty("id").GetString()!;
        competition = JsonDocument.Parse(await Ok(await admin.PostAsJsonAsync($"/api/competitions/{w.Competition}/rounds", new { stage = "初赛", heldOn = "2024-06-01" })).Content.ReadAsStringAsync()).RootElement;
        w.Round = competition.GetProperty("rounds")[0].GetProperty("id").GetString()!;
        w.PatentNumber = NewPatentNumber();
        w.Patent = await IdAsync(await admin.PostAsJsonAsync("/api/patents", w.PatentBody(w.PatentNumber)));
        w.TrademarkNumber = Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        w.Trademark = await IdAsync(await admin.PostAsJsonAsync("/api/ip/trademarks", w.TrademarkBody(w.TrademarkNumber)));
        w.IpCase = await IdAsync(await admin.PostAsJsonAsync("/api/ip/cases", w.IpCaseBody()));
        w.ProgrammeName = "矩阵县级人才计划" + w.Next();
        w.Programme = await IdAsync(await admin.PostAsJsonAsync("/api/talent/programmes", w.ProgrammeBody(w.ProgrammeName)));
        w.TalentAward = await IdAsync(await admin.PostAsJsonAsync("/api/talent/awards", w.AwardBody()));
        w.Recruit = await IdAsync(await admin.PostAsJsonAsync("/api/talent/recruits", w.RecruitBody()));
        w.ForeignExpert = await IdAsync(await admin.PostAsJsonAsync("/api/talent/experts", w.ForeignExpertBody()));
        w.VoucherProgramme = await IdAsync(await admin.PostAsJsonAsync("/api/voucher-programmes", w.VoucherProgrammeBody(Home)));
        w.Voucher = await IdAsync(await admin.PostAsJsonAsync("/api/vouchers", w.VoucherBody()));
        w.ProviderUscc = TestCodes.NewUscc(Home);
        w.Provider = await IdAsync(await admin.PostAsJsonAsync("/api/voucher-providers", w.ProviderBody(w.ProviderUscc)));
        w.Finance = await IdAsync(await admin.PostAsJsonAsync("/api/finance/records", w.FinanceBody()));
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%matrix\n")), "file", "合同扫描件.pdf");
            Ok(await admin.PostAsync($"/api/contracts/{w.Contract}/scan", form));
        }
        foreach (var enterprise in new[] { home, other })
        {
            var qualification = await IdAsync(await admin.PostAsJsonAsync($"/api/enterprises/{enterprise}/qualifications", new { type = "高新技术企业", number = "MQ" + w.Next(), issuedOn = "2024-01-01" }));
            var pool = await IdAsync(await admin.PostAsJsonAsync("/api/cultivation/pool", new { enterpriseId = enterprise, year = w.Year, target = "高新技术企业", stage = "候选" }));
            if (enterprise == home)
            {
                (w.Qualification, w.Pool) = (qualification, pool);
            }
        }
        // A 免申即享 clause of 平阳县 for last year: the home enterprise's HTE title (2024) qualifies it; its award is in 公示.
        w.Policy = "MXP" + w.Next();
        Ok(await admin.PostAsJsonAsync("/api/policies", w.PolicyBody(w.Policy)));
        Ok(await admin.PostAsync($"/api/policies/{w.Policy}/awards/draft?year={w.Year - 1}", null));
        Ok(await admin.PostAsJsonAsync($"/api/policies/{w.Policy}/awards/publish", new { year = w.Year - 1, from = w.Today, to = w.WeekAhead }));
        var awards = JsonDocument.Parse(await Ok(await admin.GetAsync($"/api/policies/{w.Policy}/awards?year={w.Year - 1}")).Content.ReadAsStringAsync()).RootElement;
        w.Award = awards.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("enterpriseId").GetString() == home).GetProperty("id").GetString()!;
        // A notice of 平阳县 to the home enterprise, published, with a PDF attachment.
        w.Notice = await IdAsync(await admin.PostAsJsonAsync("/api/notices", new
        {
            title = "矩阵通知", body = "矩阵", regionCode = Home, audience = "指定企业", enterpriseIds = new[] { home }, isPublic = true,
        }));
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%matrix\n")), "file", "通知附件.pdf");
            var notice = JsonDocument.Parse(await Ok(await admin.PostAsync($"/api/notices/{w.Notice}/attachments", form)).Content.ReadAsStringAsync()).RootElement;
            w.NoticeFile = notice.GetProperty("files")[0].GetProperty("id").GetString()!;
        }
        Ok(await admin.PostAsJsonAsync($"/api/notices/{w.Notice}/publish", new { }));
        var indicators = JsonDocument.Parse(await Ok(await admin.GetAsync("/api/indicators")).Content.ReadAsStringAsync()).RootElement;
        w.Indicator = (indicators.ValueKind == JsonValueKind.Array ? indicators : indicators.GetProperty("items"))[0].GetProperty("code").GetString()!;
        // The hall (docs/domain.md §7.12): a pending registration for the home enterprise, and a colleague its admin added.
        var registered = await app.Anonymous().PostAsJsonAsync("/api/hall/registrations",
            new { uscc = homeUscc, displayName = "矩阵申请人", phone = w.Phone(), password = "Passw0rd-1" });
        w.HallRequest = JsonDocument.Parse(await Ok(registered).Content.ReadAsStringAsync()).RootElement.GetProperty("requestId").GetString()!;
        w.Colleague = await IdAsync(await w.Clients[Who.Ent].PostAsJsonAsync("/api/hall/users", new { displayName = "矩阵同事", phone = w.Phone(), password = "Passw0rd-1" }));
        return w;
    }

    private async Task<(string Id, string Uscc, string Name)> EnterpriseAsync(HttpClient admin, string region)
    {
        var uscc = TestCodes.NewUscc(region);
        var name = "矩阵企业" + Next();
        var id = await IdAsync(await admin.PostAsJsonAsync("/api/enterprises", new { name, uscc, regionCode = region, foundedOn = "2018-05-20" }));
        return (id, uscc, name);
    }

    private async Task<HttpClient> UserAsync(string region, string role, string? enterpriseId = null)
    {
        var userName = "mx" + Next();
        var admin = await App.AsAdmin();
        Ok(await admin.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "矩阵" + role, password = "Passw0rd-1", regionCode = region, roles = new[] { role }, enterpriseId,
        }));
        return await App.As(userName);
    }

    private static async Task<string> IdAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await Ok(response).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

    private static HttpResponseMessage Ok(HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? response
            : throw new InvalidOperationException($"matrix fixture: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");

    public static bool IsDenial(HttpStatusCode status, Who who) =>
        who == Who.Anonymous ? status == HttpStatusCode.Unauthorized
            : status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized;
}
