using System.Globalization;
using static Kechuang.Web.Tests.Matrix.Who;

namespace Kechuang.Web.Tests.Matrix;

/// <summary>
/// Who may call each endpoint (docs/domain.md §1, the role table; the per-module Access classes). A row per endpoint:
/// method, route as mapped, URL with the fixture's ids, who may. An endpoint missing here fails
/// <see cref="EndpointMatrixTests{TFixture}"/>: a new endpoint states who may call it from its first commit.
/// </summary>
public static class EndpointPolicies
{
    private static object Enterprise(MatrixWorld w) =>
        new { name = w.HomeName, uscc = w.HomeUscc, regionCode = MatrixWorld.Home, foundedOn = "2018-05-20", version = 1 };

    private static object NewEnterprise(MatrixWorld w) =>
        new { name = "矩阵新增企业" + w.Next(), uscc = Support.TestCodes.NewUscc(MatrixWorld.Home), regionCode = MatrixWorld.Home, foundedOn = "2018-05-20" };

    private static object Contract(MatrixWorld w) => w.ContractBody(MatrixWorld.Home);

    private static object Summary(MatrixWorld w) => new { region = MatrixWorld.Home, year = w.Year, period = "h1" };

    /// <summary>The seeded condition "县级企业研发中心: 研发人员 ≥ 3" (Platforms/Candidates/PlatformEntryCondition.Defaults).</summary>
    private const string NoTask = "0193e000-0000-7000-8000-0000000000ff";
    /// <summary>An id no record has.</summary>
    private const string Missing = "0193e000-0000-7000-8000-00000000dead";

    private const string CountyCentreStaff = "0193e000-0000-7000-8000-000000000011";

    public static readonly IReadOnlyList<EndpointPolicy> All =
    [
        // The enterprise service hall (docs/domain.md §7.12): each enterprise user its own home; registration is public;
        // the bureau of the enterprise's county decides requests and invites; the enterprise admin manages colleagues.
        new("GET", "/api/hall", "/api/hall", Ent | OtherEnt),
        new("PUT", "/api/hall/facts/{year:int}", "/api/hall/facts/{lastYear}", Ent | OtherEnt, _ => new { staff = 10, techStaff = 2 }),
        new("POST", "/api/hall/registrations", "/api/hall/registrations", Everyone, _ => new { uscc = "bad" }) { Public = true },
        new("GET", "/api/hall/requests", "/api/hall/requests", AnyBureau),
        new("POST", "/api/hall/requests/{id:guid}/approve", "/api/hall/requests/{hallrequest}/approve", Writers),
        new("POST", "/api/hall/requests/{id:guid}/reject", "/api/hall/requests/{hallrequest}/reject", Writers, _ => new { reason = "矩阵驳回" }),
        new("POST", "/api/hall/enterprises/{id:guid}/invitations", "/api/hall/enterprises/{enterprise}/invitations", Writers),
        new("GET", "/api/hall/users", "/api/hall/users", Ent | OtherEnt),
        new("POST", "/api/hall/users", "/api/hall/users", Ent | OtherEnt, w => new { displayName = "矩阵新同事", phone = w.Phone(), password = "Passw0rd-1" }),
        new("PUT", "/api/hall/users/{id}/locked", "/api/hall/users/{colleague}/locked", Ent, _ => new { locked = false }),

        // Sign-in: anyone, answered on the credentials alone.
        new("POST", "/api/auth/token", "/api/auth/token", Everyone, _ => new { userName = "nobody", password = "wrong" }) { Public = true },

        // The division list is public knowledge for every signed-in user.
        new("GET", "/api/regions/{code}", "/api/regions/{home}", SignedIn),
        new("GET", "/api/regions/{code}/children", "/api/regions/{home}/children", SignedIn),
        new("GET", "/api/regions/{code}/peers", "/api/regions/{home}/peers", SignedIn),

        // Users and the audit log: administrators only (docs/domain.md §1).
        new("GET", "/api/users", "/api/users", Admin),
        new("GET", "/api/users/{id}", "/api/users/{user}", Admin),
        new("POST", "/api/users", "/api/users", Admin, w => new { userName = "mx" + w.Next(), displayName = "矩阵", password = "Passw0rd-1", regionCode = MatrixWorld.Home, roles = new[] { "staff" } }),
        new("PUT", "/api/users/{id}", "/api/users/{user}", Admin, w => new { displayName = "矩阵受测", regionCode = MatrixWorld.Home, roles = new[] { "staff" } }),
        new("POST", "/api/users/{id}/password", "/api/users/{user}/password", Admin, _ => new { password = "Passw0rd-2" }),
        new("POST", "/api/users/{id}/lock", "/api/users/{user}/lock", Admin),
        new("POST", "/api/users/{id}/unlock", "/api/users/{user}/unlock", Admin),
        new("GET", "/api/audit", "/api/audit", Admin),

        // The enterprise register: the bureau of the region, and the enterprise's own user (EnterpriseAccess).
        new("GET", "/api/enterprises", "/api/enterprises", Registered),
        new("POST", "/api/enterprises", "/api/enterprises", Writers, NewEnterprise),
        new("GET", "/api/enterprises/{id:guid}", "/api/enterprises/{enterprise}", OwnEnterprise),
        new("PUT", "/api/enterprises/{id:guid}", "/api/enterprises/{enterprise}", Writers | Ent, Enterprise),
        new("GET", "/api/enterprises/{id:guid}/facts", "/api/enterprises/{enterprise}/facts", OwnEnterprise),
        new("PUT", "/api/enterprises/{id:guid}/facts/{year:int}", "/api/enterprises/{enterprise}/facts/{lastYear}", Writers | Ent, _ => new { staff = 10, techStaff = 2 }),
        new("GET", "/api/enterprises/{id:guid}/qualifications", "/api/enterprises/{enterprise}/qualifications", OwnEnterprise),
        new("POST", "/api/enterprises/{id:guid}/qualifications", "/api/enterprises/{enterprise}/qualifications", Writers, w => new { type = "高新技术企业", number = "MX" + w.Next(), issuedOn = "2024-01-01" }),
        new("POST", "/api/enterprises/{id:guid}/qualifications/{qualificationId:guid}/revoke", "/api/enterprises/{enterprise}/qualifications/{qualification}/revoke", Writers, _ => new { revokedOn = "2024-06-01", version = 1 }),
        new("GET", "/api/qualification-types", "/api/qualification-types", SignedIn),
        new("POST", "/api/enterprises/import/{kind}", "/api/enterprises/import/enterprises", Writers | OtherStaff) { Form = true, File = "企业.xlsx" },
        new("GET", "/api/enterprises/import/{kind}/template", "/api/enterprises/import/enterprises/template", SignedIn),
        new("GET", "/api/enterprises/export", "/api/enterprises/export", Registered),   // an enterprise user: its own row

        // Cultivation: the bureau's internal work; an evaluation reads one enterprise of the region.
        new("GET", "/api/enterprises/{id:guid}/evaluations/hte", "/api/enterprises/{enterprise}/evaluations/hte", OwnEnterprise),
        new("GET", "/api/enterprises/{id:guid}/evaluations/techsme", "/api/enterprises/{enterprise}/evaluations/techsme", OwnEnterprise),
        new("GET", "/api/cultivation/evaluations", "/api/cultivation/evaluations", AnyBureau),
        new("GET", "/api/cultivation/evaluations.xlsx", "/api/cultivation/evaluations.xlsx", AnyBureau),
        new("GET", "/api/cultivation/pool", "/api/cultivation/pool", AnyBureau),
        new("POST", "/api/cultivation/pool", "/api/cultivation/pool", Writers, w => new { enterpriseId = w.Enterprise, year = w.Year + 1, target = "科技型中小企业", stage = "候选" }),
        new("PUT", "/api/cultivation/pool/{id:guid}", "/api/cultivation/pool/{pool}", Writers, w => new { enterpriseId = w.Enterprise, year = w.Year, target = "高新技术企业", stage = "辅导中", version = 1 }),
        new("GET", "/api/cultivation/reminders", "/api/cultivation/reminders", AnyBureau),

        // Indicators: the bureau reads; staff and admins write their own area's figures; admins edit the catalogue.
        new("GET", "/api/indicators", "/api/indicators", AnyBureau),
        new("POST", "/api/indicators", "/api/indicators", Admin, w => new { code = "mx_" + w.Next(), name = "矩阵指标" + w.Next(), unit = "家", kind = "stock", direction = "higher", source = "manual" }),
        new("PUT", "/api/indicators/{code}", "/api/indicators/{indicator}", Admin, _ => new { name = "矩阵", unit = "家", version = 1 }),
        new("PUT", "/api/indicators/{code}/targets/{regionCode}/{year:int}", "/api/indicators/{indicator}/targets/{home}/{year}", Writers, _ => new { value = 100m }),
        new("GET", "/api/indicators/{code}/targets/{regionCode}/{year:int}/history", "/api/indicators/{indicator}/targets/{home}/{year}/history", Bureau),
        new("PUT", "/api/indicators/{code}/values/{regionCode}/{year:int}/{month:int}", "/api/indicators/{indicator}/values/{home}/{year}/1", Writers, _ => new { value = 10m }),
        new("GET", "/api/indicators/{code}/values/{regionCode}/{year:int}/{month:int}/history", "/api/indicators/{indicator}/values/{home}/{year}/1/history", Bureau),
        new("GET", "/api/indicators/figures", "/api/indicators/figures?regionCode={home}&year={year}", Bureau),
        new("GET", "/api/indicators/report", "/api/indicators/report?regionCode={home}&year={year}&month=1", Bureau),
        new("GET", "/api/indicators/report.xlsx", "/api/indicators/report.xlsx?regionCode={home}&year={year}&month=1", Bureau),
        new("GET", "/api/indicators/matrix", "/api/indicators/matrix?parent={city}&year={year}&month=1", Admin | CityStaff | Leader),
        new("GET", "/api/indicators/{code}/trend", "/api/indicators/{indicator}/trend?regionCode={home}&year={year}", Bureau),
        new("GET", "/api/indicators/{code}/peers", "/api/indicators/{indicator}/peers?regionCode={home}&year={year}&month=1", Bureau),
        new("POST", "/api/indicators/import", "/api/indicators/import?year={year}&month=1", Writers | OtherStaff) { Form = true, File = "月报.xlsx" },
        new("GET", "/api/indicators/import/template", "/api/indicators/import/template", Writers | OtherStaff),

        // Technology contracts (ContractAccess): the bureau of the seller's region; the seller's own user reads.
        new("GET", "/api/contracts", "/api/contracts", Registered),
        new("POST", "/api/contracts", "/api/contracts", Writers, Contract),
        new("GET", "/api/contracts/{id:guid}", "/api/contracts/{contract}", OwnEnterprise),
        new("POST", "/api/contracts/{id:guid}/register", "/api/contracts/{contract}/register", Writers, w => new { registeredOn = w.Today }),
        new("POST", "/api/contracts/{id:guid}/refuse", "/api/contracts/{contract}/refuse", Writers, w => new { decidedOn = w.Today, reason = "矩阵测试" }),
        new("GET", "/api/contracts/waiting", "/api/contracts/waiting", Registered),     // an enterprise user: its own
        new("GET", "/api/contracts/stats", "/api/contracts/stats?year={year}", AnyBureau),
        new("GET", "/api/contracts/stats.xlsx", "/api/contracts/stats.xlsx?year={year}", AnyBureau),
        new("GET", "/api/contracts/export", "/api/contracts/export", Registered),
        new("POST", "/api/contracts/import", "/api/contracts/import", Writers | OtherStaff) { Form = true, File = "合同.csv" },
        new("GET", "/api/contracts/import/template", "/api/contracts/import/template", SignedIn),
        new("POST", "/api/contracts/{id:guid}/scan", "/api/contracts/{contract}/scan", Writers) { Form = true, File = "扫描件.pdf" },
        new("GET", "/api/contracts/{id:guid}/scan", "/api/contracts/{contract}/scan", OwnEnterprise),

        // Incubation carriers (IncubatorAccess): the bureau of the carrier's region; no enterprise, expert or commissioner.
        new("GET", "/api/incubators", "/api/incubators", AnyBureau),
        new("POST", "/api/incubators", "/api/incubators", Writers, w => w.IncubatorBody(MatrixWorld.Home)),
        new("GET", "/api/incubators/{id:guid}", "/api/incubators/{incubator}", Bureau),
        new("POST", "/api/incubators/import", "/api/incubators/import", Writers | OtherStaff) { Form = true, File = "孵化载体.xlsx" },
        new("GET", "/api/incubators/import/template", "/api/incubators/import/template", SignedIn),
        new("GET", "/api/incubators/{id:guid}/figures", "/api/incubators/{incubator}/figures?year=2024", Bureau),
        new("POST", "/api/incubators/{id:guid}/tenants", "/api/incubators/{incubator}/tenants", Writers, w => w.TenantBody()),
        new("POST", "/api/incubators/{id:guid}/tenants/{tenantId:guid}/exit", "/api/incubators/{incubator}/tenants/{tenant}/exit", Writers, _ => new { leftOn = "2024-12-01", graduated = true }),
        new("POST", "/api/incubators/{id:guid}/activities", "/api/incubators/{incubator}/activities", Writers, _ => new { heldOn = "2024-06-01", kind = "路演活动", title = "矩阵路演", participants = 30 }),
        new("POST", "/api/incubators/{id:guid}/evaluations", "/api/incubators/{incubator}/evaluations", Writers, _ => new { year = 2024, grade = "良好" }),
        new("POST", "/api/incubators/{id:guid}/areas", "/api/incubators/{incubator}/areas", Writers, _ => new { areaSqm = 500m, inUseOn = "2024-06-01" }),

        // R&D platforms (PlatformAccess): the bureau of the platform's region; no enterprise, expert or commissioner.
        new("GET", "/api/platforms", "/api/platforms", AnyBureau),
        new("POST", "/api/platforms", "/api/platforms", Writers, w => w.PlatformBody(MatrixWorld.Home)),
        new("GET", "/api/platforms/{id:guid}", "/api/platforms/{platform}", Bureau),
        new("POST", "/api/platforms/import", "/api/platforms/import", Writers | OtherStaff) { Form = true, File = "研发平台.xlsx" },
        new("GET", "/api/platforms/import/template", "/api/platforms/import/template", SignedIn),
        new("POST", "/api/platforms/{id:guid}/upgrade", "/api/platforms/{platform}/upgrade", Writers, w => new { level = "省级", recognisedOn = w.Today }),
        new("POST", "/api/platforms/{id:guid}/evaluations", "/api/platforms/{platform}/evaluations", Writers, _ => new { year = 2024, grade = "良好" }),
        // Entry conditions and candidates (docs/domain.md §7.2): the bureau reads; only an administrator edits a
        // threshold (the seeded value is written back, so the fixture's list is unchanged).
        new("GET", "/api/platforms/conditions", "/api/platforms/conditions", AnyBureau),
        new("PUT", "/api/platforms/conditions/{id:guid}", "/api/platforms/conditions/" + CountyCentreStaff, Admin, _ => new { minimum = 3m }),
        // Kinds and levels (docs/domain.md §7.2): the bureau reads; only a province or country administrator writes. The
        // change writes back the seeded levels; the deletion names a kind that does not exist, so the allowed answer is 404.
        new("GET", "/api/platforms/kinds", "/api/platforms/kinds", AnyBureau),
        new("POST", "/api/platforms/kinds", "/api/platforms/kinds", Admin, w => new { name = "矩阵类型" + w.Next(), levels = new[] { "县级" } }),
        new("PUT", "/api/platforms/kinds/{name}", "/api/platforms/kinds/企业研究院", Admin, _ => new { levels = new[] { "省级" } }),
        new("DELETE", "/api/platforms/kinds/{name}", "/api/platforms/kinds/矩阵没有的类型", Admin),
        new("GET", "/api/platforms/candidates", "/api/platforms/candidates?kind=企业研发中心&level=县级&region={home}", Bureau),
        new("GET", "/api/platforms/candidates.xlsx", "/api/platforms/candidates.xlsx?kind=企业研发中心&level=县级&region={home}", Bureau),
        // 申报指南 (CallAccess): the bureau of the issuing region; enterprises read the published calls of their region and above.
        new("GET", "/api/projects/calls", "/api/projects/calls", Registered),
        new("POST", "/api/projects/calls", "/api/projects/calls", Writers, w => w.CallBody(MatrixWorld.Home)),
        new("GET", "/api/projects/calls/{id:guid}", "/api/projects/calls/{call}", Bureau | Ent),
        new("PUT", "/api/projects/calls/{id:guid}", "/api/projects/calls/{call}", Writers, w => w.CallBody(MatrixWorld.Home)),
        new("POST", "/api/projects/calls/{id:guid}/publish", "/api/projects/calls/{call}/publish", Writers),
        new("GET", "/api/projects/calls/{id:guid}/eligibility", "/api/projects/calls/{call}/eligibility?enterpriseId={enterprise}", Bureau | Ent),
        // 项目申报 (ApplicationAccess): the applicant's own users write; the call's bureau reads and checks once submitted.
        // The world's enterprise already has one live application, so its POST is a 409 and its changes of the submitted one too;
        // the check passes it first, so the withdrawal after it is a 409.
        new("GET", "/api/projects/applications", "/api/projects/applications", Registered),
        new("POST", "/api/projects/applications", "/api/projects/applications", Ent, w => w.ApplicationBody()),
        new("GET", "/api/projects/applications/{id:guid}", "/api/projects/applications/{application}", Bureau | Ent),
        new("PUT", "/api/projects/applications/{id:guid}", "/api/projects/applications/{application}", Ent, w => w.ApplicationBody()),
        new("POST", "/api/projects/applications/{id:guid}/submit", "/api/projects/applications/{application}/submit", Ent),
        new("POST", "/api/projects/applications/{id:guid}/check", "/api/projects/applications/{application}/check", Writers, _ => new { passed = true }),
        new("POST", "/api/projects/applications/{id:guid}/attachments", "/api/projects/applications/{application}/attachments", Ent) { Form = true, File = "营业执照.pdf" },
        // The world's call requires no attachment, so these name one no application has: every caller meets a denial (404).
        // Who may read and delete real files — the bureau reads, the applicant deletes, another enterprise 404 — is in ProjectAttachmentApiTests.
        new("GET", "/api/projects/applications/{id:guid}/attachments/{attachmentId:guid}", $"/api/projects/applications/{{application}}/attachments/{Missing}", None),
        new("DELETE", "/api/projects/applications/{id:guid}/attachments/{attachmentId:guid}", $"/api/projects/applications/{{application}}/attachments/{Missing}", None),
        new("POST", "/api/projects/applications/{id:guid}/withdraw", "/api/projects/applications/{application}/withdraw", Ent),
        // 评审 (ReviewAccess): the call's bureau draws, reads and decides; an expert reaches only its own tasks (an id of no task
        // here: the denials of real tasks are in ProjectReviewApiTests). The world's call is open and its application only
        // submitted, so the allowed writes answer 409.
        new("POST", "/api/projects/calls/{id:guid}/draw", "/api/projects/calls/{call}/draw", Writers, _ => new { mode = "random" }),
        new("GET", "/api/projects/calls/{id:guid}/review", "/api/projects/calls/{call}/review", Bureau),
        new("POST", "/api/projects/calls/{id:guid}/publicity", "/api/projects/calls/{call}/publicity", Writers, _ => new { days = 5 }),
        new("POST", "/api/projects/calls/{id:guid}/approve", "/api/projects/calls/{call}/approve", Writers),
        new("PUT", "/api/projects/applications/{id:guid}/funding", "/api/projects/applications/{application}/funding", Writers, _ => new { lines = Array.Empty<object>() }),
        new("GET", "/api/projects/calls/{id:guid}/objections", "/api/projects/calls/{call}/objections", Bureau),
        new("POST", "/api/projects/calls/{id:guid}/objections", "/api/projects/calls/{call}/objections", Writers, _ => new { raisedBy = "矩阵", content = "矩阵" }),
        new("PUT", "/api/projects/objections/{id:guid}", $"/api/projects/objections/{Missing}", Writers, _ => new { handling = "矩阵", upheld = false }),
        // 项目执行 (ExecutionAccess): the world's application is only submitted, so the allowed calls answer 409; the role is
        // checked first, so the others are denied. The real walk and its denials are in ProjectExecutionApiTests.
        new("GET", "/api/projects/execution", "/api/projects/execution", AnyBureau | Ent | OtherEnt),
        new("GET", "/api/projects/applications/{id:guid}/execution", "/api/projects/applications/{application}/execution", Bureau | Ent),
        new("GET", "/api/projects/applications/{id:guid}/task-book", "/api/projects/applications/{application}/task-book", Bureau | Ent),
        new("POST", "/api/projects/applications/{id:guid}/task-book", "/api/projects/applications/{application}/task-book", Writers, _ => new { }),
        new("POST", "/api/projects/applications/{id:guid}/disbursements", "/api/projects/applications/{application}/disbursements", Writers, _ => new { paidOn = "2026-01-01" }),
        new("POST", "/api/projects/applications/{id:guid}/changes", "/api/projects/applications/{application}/changes", Ent, _ => new { kind = "延期", reason = "矩阵" }),
        new("POST", "/api/projects/changes/{id:guid}/decision", $"/api/projects/changes/{Missing}/decision", Writers, _ => new { approve = true }),
        new("PUT", "/api/projects/applications/{id:guid}/midterm", "/api/projects/applications/{application}/midterm", Ent, _ => new { progress = "矩阵", spent = 0 }),
        new("POST", "/api/projects/applications/{id:guid}/midterm/conclusion", "/api/projects/applications/{application}/midterm/conclusion", Writers, _ => new { conclusion = "合格" }),
        new("POST", "/api/projects/applications/{id:guid}/acceptance", "/api/projects/applications/{application}/acceptance", Ent, _ => new { summary = "矩阵" }),
        new("POST", "/api/projects/applications/{id:guid}/acceptance/draw", "/api/projects/applications/{application}/acceptance/draw", Writers, _ => new { mode = "random" }),
        new("POST", "/api/projects/applications/{id:guid}/acceptance/conclusion", "/api/projects/applications/{application}/acceptance/conclusion", Writers, _ => new { conclusion = "通过" }),
        new("POST", "/api/projects/applications/{id:guid}/terminate", "/api/projects/applications/{application}/terminate", Writers, _ => new { reason = "矩阵" }),
        new("GET", "/api/reviews", "/api/reviews", Expert),
        new("GET", "/api/reviews/{id:guid}", $"/api/reviews/{NoTask}", Expert),
        new("POST", "/api/reviews/{id:guid}/accept", $"/api/reviews/{NoTask}/accept", Expert),
        new("POST", "/api/reviews/{id:guid}/decline", $"/api/reviews/{NoTask}/decline", Expert, _ => new { reason = "矩阵" }),
        new("PUT", "/api/reviews/{id:guid}/scores", $"/api/reviews/{NoTask}/scores", Expert, _ => new { comment = "矩阵" }),
        // 专家库 (ExpertAccess): the bureau of the pool's region; an expert never browses the pool, nor do enterprises.
        new("GET", "/api/experts", "/api/experts", AnyBureau),
        new("POST", "/api/experts", "/api/experts", Writers, w => w.ExpertBody(MatrixWorld.Home)),
        new("GET", "/api/experts/{id:guid}", "/api/experts/{expert}", Bureau),
        new("PUT", "/api/experts/{id:guid}", "/api/experts/{expert}", Writers, w => w.ExpertBody(MatrixWorld.Home)),
        new("GET", "/api/experts/export", "/api/experts/export", AnyBureau),
        new("POST", "/api/experts/import", "/api/experts/import", Writers | OtherStaff) { Form = true, File = "专家库.xlsx" },
        new("GET", "/api/experts/import/template", "/api/experts/import/template", SignedIn),
        // 技术市场 (NeedAccess, AchievementAccess, MarketRecords): the bureau of the region; an enterprise user files and
        // changes its own needs and reads the region's published ones and its achievements. The bureau files a need for
        // an enterprise of its region (another county's: 404, as the cultivation pool); review is the bureau's.
        // The enterprise's PUT sends the need back to review, so a second publish or return may be a 409.
        new("GET", "/api/market/needs", "/api/market/needs", Registered),
        new("POST", "/api/market/needs", "/api/market/needs", Writers | Ent, w => w.NeedBody()),
        new("GET", "/api/market/needs/{id:guid}", "/api/market/needs/{need}", Bureau | Ent),
        new("PUT", "/api/market/needs/{id:guid}", "/api/market/needs/{need}", Writers | Ent, w => w.NeedBody()),
        new("POST", "/api/market/needs/{id:guid}/publish", "/api/market/needs/{need}/publish", Writers),
        new("POST", "/api/market/needs/{id:guid}/return", "/api/market/needs/{need}/return", Writers, _ => new { reason = "矩阵退回" }),
        new("GET", "/api/market/needs/{id:guid}/recommendations", "/api/market/needs/{need}/recommendations", Bureau | Ent),
        new("GET", "/api/market/needs/export", "/api/market/needs/export", Registered),
        new("POST", "/api/market/needs/import", "/api/market/needs/import", Writers | OtherStaff) { Form = true, File = "企业技术需求.xlsx" },
        new("GET", "/api/market/needs/import/template", "/api/market/needs/import/template", SignedIn),
        new("GET", "/api/market/achievements", "/api/market/achievements", Registered),
        new("POST", "/api/market/achievements", "/api/market/achievements", Writers, w => w.AchievementBody(MatrixWorld.Home)),
        new("GET", "/api/market/achievements/{id:guid}", "/api/market/achievements/{achievement}", Bureau | Ent),
        new("PUT", "/api/market/achievements/{id:guid}", "/api/market/achievements/{achievement}", Writers, w => w.AchievementBody(MatrixWorld.Home)),
        new("GET", "/api/market/achievements/{id:guid}/recommendations", "/api/market/achievements/{achievement}/recommendations", Bureau | Ent),
        new("GET", "/api/market/achievements/export", "/api/market/achievements/export", Registered),
        new("POST", "/api/market/achievements/import", "/api/market/achievements/import", Writers | OtherStaff) { Form = true, File = "科技成果.xlsx" },
        new("GET", "/api/market/achievements/import/template", "/api/market/achievements/import/template", SignedIn),
        new("GET", "/api/market/search", "/api/market/search?q=机器视觉", Registered),
        // The broker's verdicts: staff and admins of the need's region (an enterprise finds its own need, then 403).
        new("PUT", "/api/market/needs/{id:guid}/feedback", "/api/market/needs/{need}/feedback", Writers, w => new { otherKind = "achievement", otherId = w.Achievement, verdict = "confirmed" }),
        // 对接活动 (EventAccess): the bureau of the event's county; an enterprise user reads the events it is invited to
        // (the home one invites the home enterprise), lists its invitations (empty for another), writes nothing.
        new("GET", "/api/market/events", "/api/market/events", Registered),
        new("POST", "/api/market/events", "/api/market/events", Writers, w => w.EventBody(MatrixWorld.Home)),
        new("POST", "/api/market/events/suggested-pairs", "/api/market/events/suggested-pairs", Writers | OtherStaff, w => new { enterpriseIds = new[] { w.Enterprise } }),
        new("GET", "/api/market/events/{id:guid}", "/api/market/events/{event}", Bureau | Ent),
        new("PUT", "/api/market/events/{id:guid}", "/api/market/events/{event}", Writers, w => w.EventBody(MatrixWorld.Home)),
        new("DELETE", "/api/market/events/{id:guid}", "/api/market/events/" + Missing, Writers),
        new("GET", "/api/market/events/export", "/api/market/events/export", Registered),
        // 合作项目 (CooperationAccess): the bureau of the enterprise's county; the enterprise reads its own.
        new("GET", "/api/market/cooperations", "/api/market/cooperations", Registered),
        new("POST", "/api/market/cooperations", "/api/market/cooperations", Writers, w => w.CooperationBody()),
        new("GET", "/api/market/cooperations/reminders", "/api/market/cooperations/reminders", AnyBureau),
        new("GET", "/api/market/cooperations/contracts", "/api/market/cooperations/contracts?q=矩阵", Writers | OtherStaff),
        new("GET", "/api/market/cooperations/{id:guid}", "/api/market/cooperations/{cooperation}", Bureau | Ent),
        new("PUT", "/api/market/cooperations/{id:guid}", "/api/market/cooperations/{cooperation}", Writers, w => w.CooperationBody()),
        new("DELETE", "/api/market/cooperations/{id:guid}", "/api/market/cooperations/" + Missing, Writers),
        new("POST", "/api/market/cooperations/{id:guid}/payments", "/api/market/cooperations/{cooperation}/payments", Writers, w => new { paidOn = w.Today, amount = 1m }),
        new("DELETE", "/api/market/cooperations/{id:guid}/payments/{paymentId:guid}", "/api/market/cooperations/" + Missing + "/payments/" + Missing, Writers),
        new("POST", "/api/market/cooperations/{id:guid}/follow-up", "/api/market/cooperations/{cooperation}/follow-up", Writers,
            w => new { note = "矩阵跟进", nextFollowUpOn = DateOnly.Parse(w.Today, CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
        new("GET", "/api/market/cooperations/export", "/api/market/cooperations/export", Registered),
        // 科技特派员 (CommissionerAccess): the bureau of the county writes; a commissioner of the region reads the register.
        new("GET", "/api/commissioners", "/api/commissioners", AnyBureau | Commissioner),
        new("POST", "/api/commissioners", "/api/commissioners", Writers, w => w.CommissionerBody(MatrixWorld.Home)),
        new("GET", "/api/commissioners/coverage", "/api/commissioners/coverage?region={home}&year={year}", Bureau | Commissioner),
        new("GET", "/api/commissioners/{id:guid}", "/api/commissioners/{commissioner}", Bureau | Commissioner),
        new("POST", "/api/commissioners/{id:guid}/assessment", "/api/commissioners/{commissioner}/assessment", Writers, _ => new { grade = "合格" }),
        new("POST", "/api/commissioners/import", "/api/commissioners/import", Writers | OtherStaff) { Form = true, File = "科技特派员.xlsx" },
        new("GET", "/api/commissioners/import/template", "/api/commissioners/import/template", SignedIn),
        // 防震减灾 (SeismicAccess): the bureau of the county; no enterprise, expert or commissioner. The deletions name
        // records that do not exist (a deletion would take the fixture's record from the next allowed caller): allowed is 404.
        new("GET", "/api/seismic/approvals", "/api/seismic/approvals", AnyBureau),
        new("GET", "/api/seismic/approvals/counts", "/api/seismic/approvals/counts", AnyBureau),
        new("POST", "/api/seismic/approvals", "/api/seismic/approvals", Writers, w => w.ApprovalBody(MatrixWorld.Home)),
        new("GET", "/api/seismic/approvals/export", "/api/seismic/approvals/export", AnyBureau),
        new("GET", "/api/seismic/approvals/{id:guid}", "/api/seismic/approvals/{approval}", Bureau),
        new("PUT", "/api/seismic/approvals/{id:guid}", "/api/seismic/approvals/{approval}", Writers, w => w.ApprovalBody(MatrixWorld.Home)),
        new("POST", "/api/seismic/approvals/{id:guid}/decide", "/api/seismic/approvals/{approval}/decide", Writers, w => new { decision = "批准", decidedOn = w.Today, documentNumber = "矩阵震审〔2024〕1号" }),
        new("GET", "/api/seismic/stations", "/api/seismic/stations", AnyBureau),
        new("POST", "/api/seismic/stations", "/api/seismic/stations", Writers, w => w.StationBody(MatrixWorld.Home)),
        new("PUT", "/api/seismic/stations/{id:guid}", "/api/seismic/stations/{station}", Writers, w => w.StationBody(MatrixWorld.Home)),
        new("DELETE", "/api/seismic/stations/{id:guid}", "/api/seismic/stations/" + Missing, Writers),
        new("GET", "/api/seismic/drills", "/api/seismic/drills", AnyBureau),
        new("POST", "/api/seismic/drills", "/api/seismic/drills", Writers, w => w.DrillBody(MatrixWorld.Home)),
        new("PUT", "/api/seismic/drills/{id:guid}", "/api/seismic/drills/{drill}", Writers, w => w.DrillBody(MatrixWorld.Home)),
        new("DELETE", "/api/seismic/drills/{id:guid}", "/api/seismic/drills/" + Missing, Writers),
        // 走访服务 (VisitAccess): the bureau's working register: staff and admins write, leaders read; no enterprise, expert or commissioner.
        new("GET", "/api/visits", "/api/visits", AnyBureau),
        new("POST", "/api/visits", "/api/visits", Writers, w => w.VisitBody()),
        new("GET", "/api/visits/export", "/api/visits/export", AnyBureau),
        new("GET", "/api/visits/assignees", "/api/visits/assignees", AnyBureau),
        new("GET", "/api/visits/{id:guid}", "/api/visits/{visit}", Bureau),
        new("POST", "/api/visits/{id:guid}/problems", "/api/visits/{visit}/problems", Writers, w => w.ProblemBody()),
        new("GET", "/api/visit-problems", "/api/visit-problems", AnyBureau),
        new("GET", "/api/visit-problems/mine", "/api/visit-problems/mine", Ent | OtherEnt),
        new("GET", "/api/visit-problems/export", "/api/visit-problems/export", AnyBureau),
        new("POST", "/api/visit-problems/{id:guid}/assign", "/api/visit-problems/{visitproblem}/assign", Writers, w => new { assigneeUserId = w.User }),
        new("POST", "/api/visit-problems/{id:guid}/follow-ups", "/api/visit-problems/{visitproblem}/follow-ups", Writers, w => new { on = w.Today, note = "矩阵跟踪" }),
        new("POST", "/api/visit-problems/{id:guid}/close", "/api/visit-problems/" + Missing + "/close", Writers, _ => new { outcome = "已解决", answer = "矩阵答复" }),
        // 科普活动 and 创新创业大赛 (OutreachAccess): the bureau of the county; no enterprise, expert or commissioner.
        new("GET", "/api/outreach/activities", "/api/outreach/activities", AnyBureau),
        new("POST", "/api/outreach/activities", "/api/outreach/activities", Writers, w => w.ActivityBody(MatrixWorld.Home)),
        new("GET", "/api/outreach/activities/export", "/api/outreach/activities/export", AnyBureau),
        new("GET", "/api/outreach/activities/{id:guid}", "/api/outreach/activities/{activity}", Bureau),
        new("PUT", "/api/outreach/activities/{id:guid}", "/api/outreach/activities/{activity}", Writers, w => w.ActivityBody(MatrixWorld.Home)),
        new("DELETE", "/api/outreach/activities/{id:guid}", "/api/outreach/activities/" + Missing, Writers),
        new("POST", "/api/outreach/activities/{id:guid}/photos", "/api/outreach/activities/{activity}/photos", Writers) { Form = true, File = "活动照片.png" },
        new("GET", "/api/outreach/activities/{id:guid}/photos/{photoId:guid}", "/api/outreach/activities/{activity}/photos/{photo}", Bureau),
        new("DELETE", "/api/outreach/activities/{id:guid}/photos/{photoId:guid}", "/api/outreach/activities/" + Missing + "/photos/" + Missing, Writers),
        new("GET", "/api/outreach/bases", "/api/outreach/bases", AnyBureau),
        new("POST", "/api/outreach/bases", "/api/outreach/bases", Writers, w => w.ScienceBaseBody(MatrixWorld.Home)),
        new("PUT", "/api/outreach/bases/{id:guid}", "/api/outreach/bases/{sciencebase}", Writers, w => w.ScienceBaseBody(MatrixWorld.Home)),
        new("DELETE", "/api/outreach/bases/{id:guid}", "/api/outreach/bases/" + Missing, Writers),
        new("GET", "/api/competitions", "/api/competitions", AnyBureau),
        new("POST", "/api/competitions", "/api/competitions", Writers, w => w.CompetitionBody(MatrixWorld.Home)),
        new("GET", "/api/competitions/export", "/api/competitions/export", AnyBureau),
        new("GET", "/api/competitions/{id:guid}", "/api/competitions/{competition}", Bureau),
        new("PUT", "/api/competitions/{id:guid}", "/api/competitions/{competition}", Writers, w => w.CompetitionBody(MatrixWorld.Home)),
        new("DELETE", "/api/competitions/{id:guid}", "/api/competitions/" + Missing, Writers),
        new("POST", "/api/competitions/{id:guid}/entries", "/api/competitions/{competition}/entries", Writers, w => w.EntryBody()),
        new("PUT", "/api/competitions/{id:guid}/entries/{entryId:guid}", "/api/competitions/{competition}/entries/{entry}", Writers, w => w.EntryBody()),
        new("DELETE", "/api/competitions/{id:guid}/entries/{entryId:guid}", "/api/competitions/" + Missing + "/entries/" + Missing, Writers),
        new("POST", "/api/competitions/{id:guid}/rounds", "/api/competitions/{competition}/rounds", Writers, _ => new { stage = "初赛", heldOn = "2024-06-01" }),
        new("DELETE", "/api/competitions/{id:guid}/rounds/{roundId:guid}", "/api/competitions/" + Missing + "/rounds/" + Missing, Writers),
        new("POST", "/api/competitions/{id:guid}/rounds/{roundId:guid}/draw", "/api/competitions/{competition}/rounds/{round}/draw", Writers, _ => new { judges = 3 }),
        new("PUT", "/api/competitions/{id:guid}/rounds/{roundId:guid}/scores", "/api/competitions/{competition}/rounds/{round}/scores", Writers, w => new { scores = new[] { new { entryId = w.Entry, score = 80m } } }),
        // 知识产权 (IpAccess): the bureau of the region and the enterprise's own user for patents (another's is 404);
        // the figures, trademarks and disputes are the bureau's; the population table is written by administrators.
        new("GET", "/api/patents", "/api/patents", Registered),
        new("POST", "/api/patents", "/api/patents", Writers | Ent, w => w.PatentBody()),
        new("GET", "/api/patents/figures", "/api/patents/figures", AnyBureau),
        new("GET", "/api/patents/export", "/api/patents/export", Registered),
        new("POST", "/api/patents/import", "/api/patents/import", Writers | OtherStaff) { Form = true, File = "企业专利.xlsx" },
        new("GET", "/api/patents/import/template", "/api/patents/import/template", SignedIn),
        new("GET", "/api/patents/{id:guid}", "/api/patents/{patent}", OwnEnterprise),
        new("PUT", "/api/patents/{id:guid}", "/api/patents/{patent}", Writers | Ent, w => w.PatentBody(w.PatentNumber)),
        new("DELETE", "/api/patents/{id:guid}", "/api/patents/" + Missing, Writers | Ent),

        // 政策兑现 (PolicyAccess): the bureau of the clause's region and the regions above it; another county's staff 404;
        // an enterprise user previews, applies and reads only its own awards. Writes on an award use a missing id: the
        // fixture's award stays in 公示 for the reads.
        new("GET", "/api/policies", "/api/policies", AnyBureau),
        new("POST", "/api/policies", "/api/policies", Writers, w => w.PolicyBody("MXP" + w.Next())),
        new("GET", "/api/policies/variables", "/api/policies/variables", SignedIn),
        new("GET", "/api/policies/open", "/api/policies/open", Ent | OtherEnt),
        new("GET", "/api/policies/{code}", "/api/policies/{policy}", Bureau),
        new("PUT", "/api/policies/{code}", "/api/policies/{policy}", Writers, w => w.PolicyBody(w.Policy)),
        new("DELETE", "/api/policies/{code}", "/api/policies/MX-MISSING", Writers | OtherStaff),
        new("GET", "/api/policies/{code}/beneficiaries", "/api/policies/{policy}/beneficiaries", Bureau),
        new("GET", "/api/policies/{code}/beneficiaries/export", "/api/policies/{policy}/beneficiaries/export", Bureau),
        new("GET", "/api/policies/{code}/awards", "/api/policies/{policy}/awards", Bureau),
        new("POST", "/api/policies/{code}/awards/draft", "/api/policies/{policy}/awards/draft", Writers),
        new("POST", "/api/policies/{code}/awards/publish", "/api/policies/{policy}/awards/publish", Writers, w => new { year = w.Year - 1, from = w.Today, to = w.WeekAhead }),
        new("POST", "/api/policies/{code}/awards/approve", "/api/policies/{policy}/awards/approve", Writers, w => new { year = w.Year - 1 }),
        new("GET", "/api/policies/{code}/preview", "/api/policies/{policy}/preview", Ent),
        new("POST", "/api/policies/{code}/applications", "/api/policies/{policy}/applications", Ent, w => new { year = w.Year - 1 }),
        new("GET", "/api/policy-awards/mine", "/api/policy-awards/mine", Ent | OtherEnt),
        new("GET", "/api/policy-awards/{id:guid}", "/api/policy-awards/{award}", OwnEnterprise),
        new("POST", "/api/policy-awards/{id:guid}/refuse", "/api/policy-awards/" + Missing + "/refuse", Writers | OtherStaff, _ => new { reason = "矩阵" }),
        new("POST", "/api/policy-awards/{id:guid}/objection", "/api/policy-awards/" + Missing + "/objection", Writers | OtherStaff, _ => new { text = "矩阵" }),
        new("POST", "/api/policy-awards/{id:guid}/objection/answer", "/api/policy-awards/" + Missing + "/objection/answer", Writers | OtherStaff, _ => new { upheld = false, answer = "矩阵" }),
        new("POST", "/api/policy-awards/{id:guid}/payment", "/api/policy-awards/" + Missing + "/payment", Writers | OtherStaff, w => new { paidOn = w.Today, voucherNo = "矩阵" }),
        new("GET", "/api/policy-ceilings", "/api/policy-ceilings", AnyBureau),
        new("PUT", "/api/policy-ceilings", "/api/policy-ceilings", Writers, w => new { regionCode = MatrixWorld.Home, year = w.Year, amount = 1_000_000m }),
        new("GET", "/api/ip/populations", "/api/ip/populations", AnyBureau),
        new("POST", "/api/ip/populations", "/api/ip/populations", Admin, _ => new { regionCode = MatrixWorld.Home, year = 2024, population = 76.5m }),
        new("DELETE", "/api/ip/populations/{id:guid}", "/api/ip/populations/" + Missing, Admin),
        new("GET", "/api/ip/trademarks", "/api/ip/trademarks", AnyBureau),
        new("POST", "/api/ip/trademarks", "/api/ip/trademarks", Writers, w => w.TrademarkBody()),
        new("PUT", "/api/ip/trademarks/{id:guid}", "/api/ip/trademarks/{trademark}", Writers, w => w.TrademarkBody(w.TrademarkNumber)),
        new("DELETE", "/api/ip/trademarks/{id:guid}", "/api/ip/trademarks/" + Missing, Writers),
        new("GET", "/api/ip/cases", "/api/ip/cases", AnyBureau),
        new("POST", "/api/ip/cases", "/api/ip/cases", Writers, w => w.IpCaseBody()),
        new("PUT", "/api/ip/cases/{id:guid}", "/api/ip/cases/{ipcase}", Writers, w => w.IpCaseBody()),
        new("DELETE", "/api/ip/cases/{id:guid}", "/api/ip/cases/" + Missing, Writers),
        // 人才 (TalentAccess): awards carry personal data, the bureau of the region alone reads them (anyone else: 404);
        // enterprise users report and read their own recruits; experts and figures are the bureau's; programmes are
        // written by administrators of a region covering them.
        new("GET", "/api/talent/programmes", "/api/talent/programmes", AnyBureau),
        new("POST", "/api/talent/programmes", "/api/talent/programmes", Admin, w => w.ProgrammeBody()),
        new("PUT", "/api/talent/programmes/{id:guid}", "/api/talent/programmes/{programme}", Admin, w => w.ProgrammeBody(w.ProgrammeName)),
        new("DELETE", "/api/talent/programmes/{id:guid}", "/api/talent/programmes/" + Missing, Admin),
        new("GET", "/api/talent/awards", "/api/talent/awards", AnyBureau),
        new("POST", "/api/talent/awards", "/api/talent/awards", Writers, w => w.AwardBody()),
        new("GET", "/api/talent/awards/export", "/api/talent/awards/export", AnyBureau),
        new("GET", "/api/talent/awards/{id:guid}", "/api/talent/awards/{talentaward}", Bureau),
        new("PUT", "/api/talent/awards/{id:guid}", "/api/talent/awards/{talentaward}", Writers, w => w.AwardBody()),
        new("DELETE", "/api/talent/awards/{id:guid}", "/api/talent/awards/" + Missing, Writers),
        new("POST", "/api/talent/awards/{id:guid}/checks", "/api/talent/awards/{talentaward}/checks", Writers, w => w.CheckBody()),
        new("GET", "/api/talent/recruits", "/api/talent/recruits", Registered),
        new("POST", "/api/talent/recruits", "/api/talent/recruits", Writers | Ent, w => w.RecruitBody()),
        new("GET", "/api/talent/recruits/export", "/api/talent/recruits/export", Registered),
        new("POST", "/api/talent/recruits/import", "/api/talent/recruits/import", Writers | OtherStaff) { Form = true, File = "人才招引.xlsx" },
        new("GET", "/api/talent/recruits/import/template", "/api/talent/recruits/import/template", SignedIn),
        new("GET", "/api/talent/recruits/{id:guid}", "/api/talent/recruits/{recruit}", OwnEnterprise),
        new("PUT", "/api/talent/recruits/{id:guid}", "/api/talent/recruits/{recruit}", Writers | Ent, w => w.RecruitBody()),
        new("DELETE", "/api/talent/recruits/{id:guid}", "/api/talent/recruits/" + Missing, Writers | Ent),
        new("GET", "/api/talent/experts", "/api/talent/experts", AnyBureau),
        new("POST", "/api/talent/experts", "/api/talent/experts", Writers, w => w.ForeignExpertBody()),
        new("GET", "/api/talent/experts/export", "/api/talent/experts/export", AnyBureau),
        new("PUT", "/api/talent/experts/{id:guid}", "/api/talent/experts/{foreignexpert}", Writers, w => w.ForeignExpertBody()),
        new("DELETE", "/api/talent/experts/{id:guid}", "/api/talent/experts/" + Missing, Writers),
        new("GET", "/api/talent/figures", "/api/talent/figures", AnyBureau),
        // The working-day calendar is the country's: everyone signed in reads it; a province or country administrator writes.
        new("GET", "/api/calendar/workdays", "/api/calendar/workdays?from=2025-09-26&to=2025-10-16", SignedIn),
        new("GET", "/api/calendar/years", "/api/calendar/years", SignedIn),
        new("GET", "/api/calendar/days", "/api/calendar/days?year=2025", SignedIn),
        new("POST", "/api/calendar/days", "/api/calendar/days", Admin, _ => new { date = "2031-01-02", kind = "休", name = "矩阵假日" }),
        new("DELETE", "/api/calendar/days/{date}", "/api/calendar/days/2031-03-04", Admin),

        // 创新券 (VoucherAccess): the bureau of the county keeps programmes, vouchers, providers and redemptions; an enterprise
        // user reads programmes, applies for and reads its own vouchers, and as a provider reads its own redemptions.
        new("GET", "/api/voucher-programmes", "/api/voucher-programmes", Registered),
        new("POST", "/api/voucher-programmes", "/api/voucher-programmes", Writers, w => w.VoucherProgrammeBody(MatrixWorld.Home)),
        new("PUT", "/api/voucher-programmes/{id:guid}", "/api/voucher-programmes/{voucherprogramme}", Writers, w => w.VoucherProgrammeBody(MatrixWorld.Home)),
        new("DELETE", "/api/voucher-programmes/{id:guid}", "/api/voucher-programmes/" + Missing, Writers),
        new("POST", "/api/voucher-programmes/{id:guid}/issue-techsme", "/api/voucher-programmes/{voucherprogramme}/issue-techsme", Writers),
        new("GET", "/api/vouchers", "/api/vouchers", Registered),
        new("POST", "/api/vouchers", "/api/vouchers", Writers | Ent, w => w.VoucherBody()),
        new("GET", "/api/vouchers/export", "/api/vouchers/export", AnyBureau),
        new("GET", "/api/vouchers/{id:guid}", "/api/vouchers/{voucher}", OwnEnterprise),
        new("POST", "/api/vouchers/{id:guid}/decide", "/api/vouchers/{voucher}/decide", Writers, _ => new { approve = true }),
        new("POST", "/api/vouchers/{id:guid}/redemptions", "/api/vouchers/{voucher}/redemptions", Writers, w => w.RedemptionBody()),
        new("POST", "/api/vouchers/{id:guid}/cancel", "/api/vouchers/" + Missing + "/cancel", Writers, _ => new { reason = "矩阵" }),
        new("GET", "/api/voucher-redemptions", "/api/voucher-redemptions", AnyBureau),
        new("GET", "/api/voucher-redemptions/export", "/api/voucher-redemptions/export", AnyBureau),
        new("GET", "/api/voucher-providers", "/api/voucher-providers", AnyBureau),
        new("POST", "/api/voucher-providers", "/api/voucher-providers", Writers, w => w.ProviderBody()),
        new("GET", "/api/voucher-providers/mine/redemptions", "/api/voucher-providers/mine/redemptions", Ent | OtherEnt),
        new("GET", "/api/voucher-providers/{id:guid}", "/api/voucher-providers/{provider}", Bureau),
        new("PUT", "/api/voucher-providers/{id:guid}", "/api/voucher-providers/{provider}", Writers, w => w.ProviderBody(w.ProviderUscc)),

        // 科技金融 (FinanceAccess): the bureau's ledger; no enterprise, expert or commissioner.
        new("GET", "/api/finance/records", "/api/finance/records", AnyBureau),
        new("POST", "/api/finance/records", "/api/finance/records", Writers, w => w.FinanceBody()),
        new("GET", "/api/finance/records/export", "/api/finance/records/export", AnyBureau),
        new("PUT", "/api/finance/records/{id:guid}", "/api/finance/records/{finance}", Writers, w => w.FinanceBody()),
        new("DELETE", "/api/finance/records/{id:guid}", "/api/finance/records/" + Missing, Writers),
        new("GET", "/api/finance/summary", "/api/finance/summary?year={year}", AnyBureau),
        new("POST", "/api/finance/subsidies", "/api/finance/subsidies", Writers, w => w.SubsidyBody()),

        // The work summary of a region: its bureau reads, staff and admins write (SummaryAccess).
        // 通知公告 (NoticeAccess): the bureau of the region writes and reads; an enterprise reads only what is addressed to it
        // (another's: 404); the public board needs no login. Withdrawing names a missing notice so the world's stays published.
        new("GET", "/api/notices", "/api/notices", AnyBureau),
        new("POST", "/api/notices", "/api/notices", Writers | OtherStaff, _ => new { title = "矩阵通知", body = "矩阵", audience = "全部企业" }),
        new("GET", "/api/notices/{id:guid}", "/api/notices/{notice}", Bureau),
        new("PUT", "/api/notices/{id:guid}", "/api/notices/{notice}", Writers, _ => new { title = "矩阵通知", body = "矩阵", audience = "全部企业" }),
        new("POST", "/api/notices/{id:guid}/publish", "/api/notices/{notice}/publish", Writers, _ => new { confirmEmpty = true }),
        new("POST", "/api/notices/{id:guid}/withdraw", "/api/notices/" + Missing + "/withdraw", Writers),
        new("GET", "/api/notices/{id:guid}/receipts", "/api/notices/{notice}/receipts", Bureau),
        new("GET", "/api/notices/{id:guid}/receipts/export", "/api/notices/{notice}/receipts/export", Bureau),
        new("POST", "/api/notices/{id:guid}/attachments", "/api/notices/{notice}/attachments", Writers) { Form = true, File = "通知附件.pdf" },
        new("GET", "/api/notices/{id:guid}/files/{fileId:guid}", "/api/notices/{notice}/files/{noticefile}", Bureau | Ent),
        new("GET", "/api/notices/mine", "/api/notices/mine", Ent | OtherEnt),
        new("GET", "/api/notices/mine/{id:guid}", "/api/notices/mine/{notice}", Ent),
        new("POST", "/api/notices/mine/{id:guid}/replies", "/api/notices/mine/{notice}/replies", Ent) { Form = true, File = "回复.pdf" },
        new("GET", "/api/public/notices", "/api/public/notices", Everyone) { Public = true },
        // The home notice is not public, so every caller gets 404 like a stranger; PublicBoard tests the public one.
        new("GET", "/api/public/notices/{id:guid}/files/{fileId:guid}", "/api/public/notices/{notice}/files/{noticefile}", Everyone) { Public = true },
        // 消息: everyone signed in has an inbox (another's message: 404); the outbox history is the bureau's.
        new("GET", "/api/messages/mine", "/api/messages/mine", SignedIn),
        new("GET", "/api/messages/mine/unread", "/api/messages/mine/unread", SignedIn),
        new("POST", "/api/messages/mine/read", "/api/messages/mine/read", SignedIn),
        new("POST", "/api/messages/{id:guid}/read", "/api/messages/" + Missing + "/read", SignedIn),
        new("GET", "/api/messages/outbox", "/api/messages/outbox", AnyBureau),
        new("POST", "/api/messages/outbox/{id:guid}/retry", "/api/messages/outbox/" + Missing + "/retry", Writers | OtherStaff),
        new("GET", "/api/reports/summary", "/api/reports/summary?region={home}&year={year}&period=h1", Bureau),
        new("GET", "/api/reports/summary/trace", "/api/reports/summary/trace?region={home}&year={year}&period=h1&figure=x", Bureau),
        new("PUT", "/api/reports/summary/narrative", "/api/reports/summary/narrative", Writers, w => new { region = MatrixWorld.Home, year = w.Year, period = "h1", problems = "矩阵", plan = "矩阵" }),
        new("POST", "/api/reports/summary/freeze", "/api/reports/summary/freeze", Writers, Summary),
        new("POST", "/api/reports/summary/unfreeze", "/api/reports/summary/unfreeze", Writers, Summary),
    ];

    /// <summary>
    /// Endpoints outside /api the matrix does not call with bearer tokens: the pages (cookie sign-in, each page checks
    /// the role again through the same use cases), the sign-out form, health, the OpenAPI document and Blazor's own.
    /// Listed so that a new one is seen.
    /// </summary>
    public static readonly IReadOnlySet<string> NotApi = new HashSet<string>(StringComparer.Ordinal)
    {
        "GET /health", "GET /openapi/{documentName}.json", "POST /account/logout", "GET /{**path:file}", "HEAD /{**path:file}",
        "/", "/about", "/audit", "/contracts", "/contracts/import", "/contracts/stats", "/contracts/waiting",
        "/commissioners", "/experts", "/projects/calls", "/projects/applications", "/calls", "/publicity", "/reviews", "/projects/calls/{Id:guid}/review", "/projects/execution", "/projects/execution/{Id:guid}", "/policies", "/policies/mine", "/hall", "/register", "/hall/requests", "/hall/users", "/hall/problems", "/policies/{Code}", "/contracts/{Id:guid}", "/cultivation", "/enterprises", "/enterprises/import", "/enterprises/{Id:guid}", "/forbidden",
        "/incubators", "/platforms", "/platforms/candidates",
        "/indicators", "/indicators/catalogue", "/indicators/entry", "/login", "/not-found", "/regions", "/regions/{Code}",
        "/reports/summary", "/users", "/market/needs", "/market/achievements", "/market/search", "/market/events", "/market/events/new", "/market/events/{Id:guid}", "/market/cooperations", "/seismic", "/calendar",
        "/ip/patents", "/ip/figures", "/ip/registers",
        "/talent/awards", "/talent/programmes", "/talent/recruits", "/talent/experts", "/talent/figures",
        "/ip/patents", "/ip/figures", "/ip/registers", "/outreach", "/competitions", "/competitions/{Id:guid}",
        "/ip/patents", "/ip/figures", "/ip/registers", "/vouchers", "/vouchers/{Id:guid}", "/finance",
        "/notices", "/notices/mine", "/public", "/messages", "/messages/outbox",
        "/visits", "/visits/problems", "/visits/new", "/visits/{Id:guid}",
    };
}
