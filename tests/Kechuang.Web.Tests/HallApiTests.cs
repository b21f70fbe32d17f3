using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Common;
using Kechuang.Web.Tests.Support;

namespace Kechuang.Web.Tests;

public sealed class SqliteHallApiTests(SqliteApiFixture fixture) : HallApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresHallApiTests(PostgresApiFixture fixture) : HallApiTests<PostgresApiFixture>(fixture);

/// <summary>The enterprise service hall over HTTP (docs/domain.md §7.12): registration, approval, invitations, colleagues, the home.</summary>
public abstract class HallApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private const string Password = "Passw0rd-1";
    private int LastYear => app.Clock.TodayInChina().Year - 1;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string Phone() => "138" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(string Id, string Uscc)> EnterpriseAsync(string region = "330326")
    {
        var uscc = TestCodes.NewUscc(region);
        var created = await (await app.AsAdmin()).PostAsJsonAsync("/api/enterprises",
            new { name = "大厅测试" + Guid.NewGuid().ToString("N")[..8] + "有限公司", uscc, regionCode = region, foundedOn = "2015-03-01", technologyField = "新材料" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((await Json(created)).GetProperty("id").GetString()!, uscc);
    }

    private Task<HttpResponseMessage> RegisterAsync(string uscc, string phone, string? code = null) =>
        app.Anonymous().PostAsJsonAsync("/api/hall/registrations", new { uscc, displayName = "申请人", phone, email = "a@example.cn", password = Password, invitationCode = code });

    /// <summary>Registers and has 平阳县 staff approve: the enterprise's first account, its admin.</summary>
    private async Task<(HttpClient Client, string Phone)> ApprovedAsync(string uscc, HttpClient staff)
    {
        var phone = Phone();
        var request = await Json(await RegisterAsync(uscc, phone));
        var approved = await staff.PostAsJsonAsync($"/api/hall/requests/{request.GetProperty("requestId").GetString()}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return (await app.As(phone, Password), phone);
    }

    private async Task<HttpClient> StaffAsync(string region = "330326") =>
        await app.As(await NameOf(region, "staff"), Password);

    private async Task<string> NameOf(string region, string role)
    {
        var name = ApiFixture.Unique("hall");
        await app.CreateUserAsync(name, region, role);
        return name;
    }

    private static object Facts(int staff = 100, int techStaff = 30, decimal sales = 40_000_000m) => new
    {
        staff, techStaff, salesRevenue = sales, totalIncome = sales, highTechIncome = sales * 0.8m, rdExpense = sales * 0.06m,
        rdExpenseDomestic = sales * 0.06m, totalCostsAndExpenses = sales * 0.7m, totalAssets = 60_000_000m, netAssets = 20_000_000m,
        classOneIp = 2, classTwoIp = 6, conversions = 6, majorViolation = false,
    };

    [Fact]
    public async Task Register_BadUscc_Is400WithTheCheckThatFailed()
    {
        var response = await RegisterAsync("91330326MA2AAAAAA0", Phone());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("统一社会信用代码有误", (await Json(response)).GetProperty("errors").GetProperty("uscc")[0].GetString());
    }

    [Fact]
    public async Task Register_UnknownEnterprise_NamesTheBureau()
    {
        var response = await RegisterAsync(TestCodes.NewUscc("330326"), Phone());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await Json(response)).GetProperty("errors").GetProperty("uscc")[0].GetString()!;
        Assert.Contains("企业库中没有", message);
        Assert.Contains("平阳县科技局", message);
    }

    [Fact]
    public async Task Approve_MakesTheFirstUserEnterpriseAdmin_WhoCanLogIn()
    {
        var (id, uscc) = await EnterpriseAsync();
        var (client, _) = await ApprovedAsync(uscc, await StaffAsync());

        var hall = await Json(await client.GetAsync("/api/hall"));

        Assert.Equal(id, hall.GetProperty("enterprise").GetProperty("id").GetString());
        Assert.True(hall.GetProperty("isEnterpriseAdmin").GetBoolean());
    }

    [Fact]
    public async Task Register_AlreadyClaimed_GoesToTheBureauAsAdditionalUser()
    {
        var (_, uscc) = await EnterpriseAsync();
        await ApprovedAsync(uscc, await StaffAsync());

        var second = await Json(await RegisterAsync(uscc, Phone()));

        Assert.True(second.GetProperty("additional").GetBoolean());
        Assert.Contains("已有企业管理员", second.GetProperty("message").GetString());
        Assert.Contains("平阳县科技局", second.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Reject_NeedsAReason_AndLeavesNoAccount()
    {
        var (_, uscc) = await EnterpriseAsync();
        var phone = Phone();
        var requestId = (await Json(await RegisterAsync(uscc, phone))).GetProperty("requestId").GetString();
        var staff = await StaffAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/hall/requests/{requestId}/reject", new { })).StatusCode);
        var rejected = await staff.PostAsJsonAsync($"/api/hall/requests/{requestId}/reject", new { reason = "非本企业员工" });

        Assert.Equal("已驳回", (await Json(rejected)).GetProperty("status").GetString());
        var login = await app.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = phone, password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/hall/requests/{requestId}/approve", new { })).StatusCode);
    }

    [Fact]
    public async Task Requests_OfAnotherRegion_Are404_AndExpertsAre403()
    {
        var (_, uscc) = await EnterpriseAsync();
        var requestId = (await Json(await RegisterAsync(uscc, Phone()))).GetProperty("requestId").GetString();
        var other = await StaffAsync("330302");
        var expert = await app.As(await NameOf("330326", "expert"), Password);

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/hall/requests/{requestId}/approve", new { })).StatusCode);
        Assert.DoesNotContain(requestId!, (await other.GetStringAsync("/api/hall/requests")));
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync("/api/hall/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync("/api/hall")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/hall")).StatusCode);
    }

    [Fact]
    public async Task Invitation_OpensTheAccountAtOnce_Once()
    {
        var (id, _) = await EnterpriseAsync();
        var invitation = await Json(await (await StaffAsync()).PostAsync($"/api/hall/enterprises/{id}/invitations", null));
        var code = invitation.GetProperty("code").GetString()!;
        var phone = Phone();

        var used = await Json(await RegisterAsync("", phone, code));
        var again = await RegisterAsync("", Phone(), code);

        Assert.Equal("已开通", used.GetProperty("status").GetString());
        Assert.Equal(id, (await Json(await (await app.As(phone, Password)).GetAsync("/api/hall"))).GetProperty("enterprise").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await StaffAsync("330302")).PostAsync($"/api/hall/enterprises/{id}/invitations", null)).StatusCode);
    }

    [Fact]
    public async Task EnterpriseAdmin_AddsAndDisablesAColleague_WhoGets401()
    {
        var (_, uscc) = await EnterpriseAsync();
        var (admin, _) = await ApprovedAsync(uscc, await StaffAsync());
        var phone = Phone();
        var added = await Json(await admin.PostAsJsonAsync("/api/hall/users", new { displayName = "同事", phone, password = Password }));
        var colleague = await app.As(phone, Password);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/api/hall")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync("/api/hall/users")).StatusCode);

        var locked = await admin.PutAsJsonAsync($"/api/hall/users/{added.GetProperty("id").GetString()}/locked", new { locked = true });

        Assert.True((await Json(locked)).GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await colleague.GetAsync("/api/hall")).StatusCode);
    }

    [Fact]
    public async Task Colleague_OfAnotherEnterprise_Is404()
    {
        var staff = await StaffAsync();
        var (adminA, _) = await ApprovedAsync((await EnterpriseAsync()).Uscc, staff);
        var (adminB, _) = await ApprovedAsync((await EnterpriseAsync()).Uscc, staff);
        var b = await Json(await adminB.PostAsJsonAsync("/api/hall/users", new { displayName = "乙同事", phone = Phone(), password = Password }));

        var response = await adminA.PutAsJsonAsync($"/api/hall/users/{b.GetProperty("id").GetString()}/locked", new { locked = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Facts_FiledThroughTheHall_ObeyTheBureauFormsRules()
    {
        var (id, uscc) = await EnterpriseAsync();
        var (client, _) = await ApprovedAsync(uscc, await StaffAsync());
        var bad = Facts(staff: 10, techStaff: 12);

        var hall = await client.PutAsJsonAsync($"/api/hall/facts/{LastYear}", bad);
        var bureau = await (await app.AsAdmin()).PutAsJsonAsync($"/api/enterprises/{id}/facts/{LastYear}", bad);

        Assert.Equal(HttpStatusCode.BadRequest, hall.StatusCode);
        Assert.Equal((await Json(bureau)).GetProperty("errors").ToString(), (await Json(hall)).GetProperty("errors").ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/hall/facts/{LastYear}", Facts())).StatusCode);
        var facts = (await Json(await client.GetAsync("/api/hall"))).GetProperty("facts");
        Assert.True(facts.EnumerateArray().Single(f => f.GetProperty("year").GetInt32() == LastYear).GetProperty("filed").GetBoolean());
    }

    [Fact]
    public async Task Ladder_GapIsTheEvaluationsOwn()
    {
        var (id, uscc) = await EnterpriseAsync();
        var (client, _) = await ApprovedAsync(uscc, await StaffAsync());
        await client.PutAsJsonAsync($"/api/hall/facts/{LastYear}", Facts(techStaff: 5));

        var ladder = (await Json(await client.GetAsync("/api/hall"))).GetProperty("ladder");
        var evaluation = await Json(await (await app.AsAdmin()).GetAsync($"/api/enterprises/{id}/evaluations/techsme?year={LastYear}"));

        Assert.Equal("科技型中小企业", ladder.GetProperty("next").GetString());
        Assert.Equal(evaluation.GetProperty("verdict").GetString(), ladder.GetProperty("nextVerdict").GetString());
        var failed = evaluation.GetProperty("conditions").EnumerateArray().Where(c => c.GetProperty("passed").ValueKind == JsonValueKind.False)
            .Select(c => c.GetProperty("message").GetString()).ToList();
        Assert.NotEmpty(failed);
        Assert.Equal(failed, ladder.GetProperty("gaps").EnumerateArray().Where(c => c.GetProperty("passed").ValueKind == JsonValueKind.False)
            .Select(c => c.GetProperty("message").GetString()));
        Assert.All(failed, m => Assert.Contains(m!, ladder.GetProperty("summary").GetString()));
    }
}
