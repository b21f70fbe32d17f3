using Kechuang.Common;
using Kechuang.Contracts;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Tests.Contracts.ContractBuilder;

namespace Kechuang.Tests.Contracts;

public sealed class SqliteContractWorkflowTests(SqliteTestDatabase db) : ContractWorkflowTests<SqliteTestDatabase>(db);

public sealed class PostgresContractWorkflowTests(PostgresTestDatabase db) : ContractWorkflowTests<PostgresTestDatabase>(db);

/// <summary>Receive → register | refuse (docs/domain.md §5), who may do it, the rollup, statistics and indicators, on each provider.</summary>
public abstract class ContractWorkflowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    // The fixture's clock: 2026-03-01 in China.
    private DateOnly Today => database.Clock.TodayInChina();

    private Task<ContractDto> CreateAsync(ContractRequest request, Caller? caller = null) =>
        database.RunAsync<CreateContract, ContractDto>(h => h.HandleAsync(caller ?? As(Roles.Staff, request.SellerRegionCode!), request));

    private Task<ContractDto> RegisterAsync(Guid id, DateOnly on, string? number = null, Caller? caller = null) =>
        database.RunAsync<RegisterContract, ContractDto>(h => h.HandleAsync(caller ?? Admin, id, new RegisterContractRequest(on, number)));

    private Task<ContractDto> RefuseAsync(Guid id, string? reason, Caller? caller = null) =>
        database.RunAsync<RefuseContract, ContractDto>(h => h.HandleAsync(caller ?? Admin, id, new RefuseContractRequest(Today, reason)));

    private Task<ContractStats> StatsAsync(string region, int year, int month, Caller? caller = null) =>
        database.RunAsync<GetContractStats, ContractStats>(h => h.HandleAsync(caller ?? Admin, region, year, month));

    private async Task<int> CountAsync(string region)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<KechuangDbContext>().TechContracts.CountAsync(c => c.SellerRegionCode == region);
    }

    [Fact]
    public async Task Create_ValidRequest_IsReceivedAndWaitsForADecision()
    {
        var created = await CreateAsync(Request() with { SellerUscc = NewUscc().ToLowerInvariant() });

        Assert.Equal((ContractStatus.Received, "待登记", "技术转让", "平阳县"), (created.Status, created.StatusName, created.TypeName, created.SellerRegionName));
        Assert.Null(created.RegistrationNo);
        Assert.Equal(new DateOnly(2026, 2, 14), created.DueOn);
        Assert.Equal(45, created.DaysWaiting);
        Assert.Equal(created.SellerUscc.ToUpperInvariant(), created.SellerUscc);
    }

    [Fact]
    public async Task Create_BadInput_ListsProblems_WritesNothing()
    {
        var before = await CountAsync("330327");

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => CreateAsync(
            Request("330327", turnover: 100m, tech: 200m, signed: new DateOnly(2026, 2, 1), received: new DateOnly(2026, 1, 1)) with { BuyerUscc = "91330326ABC" }));

        Assert.Equal(["buyerUscc", "signedOn", "techTransaction"], e.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await CountAsync("330327"));
    }

    [Fact]
    public async Task Register_AssignsNumber_ThenASecondRegistrationIsAConflict()
    {
        var created = await CreateAsync(Request("330328"));

        var registered = await RegisterAsync(created.Id, new DateOnly(2026, 2, 3));
        var again = await Assert.ThrowsAsync<ConflictException>(() => RegisterAsync(created.Id, Today));
        var refuse = await Assert.ThrowsAsync<ConflictException>(() => RefuseAsync(created.Id, "材料不全"));

        Assert.Equal((ContractStatus.Registered, new DateOnly(2026, 2, 3)), (registered.Status, registered.DecidedOn));
        Assert.Matches(@"^2026330328\d{6}$", registered.RegistrationNo);
        Assert.Contains("不能再登记", again.Message, StringComparison.Ordinal);
        Assert.Contains("已于 2026-02-03 登记", refuse.Message, StringComparison.Ordinal);
        Assert.Null(registered.DaysWaiting);
    }

    [Fact]
    public async Task Register_NumbersFollowOnWithinRegionAndYear()
    {
        var a = await RegisterAsync((await CreateAsync(Request("330329"))).Id, Today);
        var b = await RegisterAsync((await CreateAsync(Request("330329"))).Id, Today);

        Assert.Equal(long.Parse(a.RegistrationNo!, System.Globalization.CultureInfo.InvariantCulture) + 1, long.Parse(b.RegistrationNo!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Register_DuplicateNumber_IsAConflict_AndTheContractStaysReceived()
    {
        var number = NewNumber();
        await RegisterAsync((await CreateAsync(Request())).Id, Today, number);
        var second = await CreateAsync(Request());

        var e = await Assert.ThrowsAsync<ConflictException>(() => RegisterAsync(second.Id, Today, number.ToLowerInvariant()));

        Assert.Contains(number, e.Message, StringComparison.Ordinal);
        Assert.Equal(ContractStatus.Received, (await database.RunAsync<GetContract, ContractDto>(h => h.HandleAsync(Admin, second.Id))).Status);
    }

    [Fact]
    public async Task Refuse_WithoutReason_IsRefused_WithReason_IsFinal()
    {
        var created = await CreateAsync(Request());

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => RefuseAsync(created.Id, " "));
        var refused = await RefuseAsync(created.Id, "非技术合同：为设备买卖合同");
        var register = await Assert.ThrowsAsync<ConflictException>(() => RegisterAsync(created.Id, Today));

        Assert.Equal(["不予登记必须填写理由"], e.Errors["reason"]);
        Assert.Equal((ContractStatus.Refused, "非技术合同：为设备买卖合同"), (refused.Status, refused.RefusalReason));
        Assert.Contains("不予登记", register.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_LeaderReadsOnly_OtherCountyCannotSee_ExpertAndCommissionerAreRefused()
    {
        var created = await CreateAsync(Request());

        await Assert.ThrowsAsync<ForbiddenException>(() => RegisterAsync(created.Id, Today, caller: As(Roles.Leader)));
        await Assert.ThrowsAsync<ForbiddenException>(() => CreateAsync(Request(), As(Roles.Leader)));
        await Assert.ThrowsAsync<NotFoundException>(() => RegisterAsync(created.Id, Today, caller: As(Roles.Staff, "330327")));
        await Assert.ThrowsAsync<ForbiddenException>(() => CreateAsync(Request("330326"), As(Roles.Staff, "330327")));
        await Assert.ThrowsAsync<ForbiddenException>(() => database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(As(Roles.Expert), new ListContractsQuery())));
        await Assert.ThrowsAsync<ForbiddenException>(() => database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(As(Roles.Commissioner), new ListContractsQuery())));
        await Assert.ThrowsAsync<ForbiddenException>(() => StatsAsync("330326", 2026, 2, As(Roles.Enterprise)));
        await Assert.ThrowsAsync<ForbiddenException>(() => database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(As(Roles.Staff, "330327"), new ListContractsQuery("330326"))));
        var leaderSees = await database.RunAsync<GetContract, ContractDto>(h => h.HandleAsync(As(Roles.Leader, "330300"), created.Id));
        Assert.Equal(created.Id, leaderSees.Id);
        // A prefecture's staff register for their counties.
        Assert.Equal(ContractStatus.Registered, (await RegisterAsync(created.Id, Today, caller: As(Roles.Staff, "330300"))).Status);
    }

    [Fact]
    public async Task EnterpriseUser_SeesOnlyContractsItsEnterpriseSold()
    {
        Guid enterpriseId;
        var uscc = NewUscc();
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            var enterprise = new Kechuang.Enterprises.Enterprise { Name = "平阳合同测试有限公司", Uscc = uscc, RegionCode = "330326" };
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            enterpriseId = enterprise.Id;
        }
        var own = await CreateAsync(Request() with { SellerUscc = uscc });
        var other = await CreateAsync(Request());
        var user = As(Roles.Enterprise, "330326", enterpriseId);

        var list = await database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(user, new ListContractsQuery()));

        Assert.Equal([own.Id], list.Items.Select(c => c.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => database.RunAsync<GetContract, ContractDto>(h => h.HandleAsync(user, other.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => RegisterAsync(own.Id, Today, caller: user));
    }

    [Fact]
    public async Task Waiting_ListsReceivedContractsOlderThan20Days_OldestFirst()
    {
        var region = "330305";
        var day21 = await CreateAsync(Request(region, received: Today.AddDays(-21)));
        var day20 = await CreateAsync(Request(region, received: Today.AddDays(-20)));
        var day35 = await CreateAsync(Request(region, signed: Today.AddDays(-40), received: Today.AddDays(-35)));
        var decided = await CreateAsync(Request(region, received: Today.AddDays(-25)));
        await RefuseAsync(decided.Id, "不属于技术合同");

        var waiting = await database.RunAsync<ListWaitingContracts, IReadOnlyList<ContractDto>>(h => h.HandleAsync(As(Roles.Staff, region)));

        Assert.Equal([day35.Id, day21.Id], waiting.Select(c => c.Id));
        Assert.Equal([35, 21], waiting.Select(c => c.DaysWaiting!.Value));
        Assert.DoesNotContain(day20.Id, waiting.Select(c => c.Id));
    }

    [Fact]
    public async Task List_FiltersByStatusTypeAndText_PagesNewestFirst()
    {
        var region = "330304";
        var a = await CreateAsync(Request(region, received: new DateOnly(2026, 1, 20)) with { Name = "甲醛净化技术咨询合同", Type = "consulting" });
        var b = await CreateAsync(Request(region, received: new DateOnly(2026, 1, 21)));
        await RegisterAsync(b.Id, Today);

        var consulting = await database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(Admin, new ListContractsQuery(region, Type: "consulting")));
        var registered = await database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(Admin, new ListContractsQuery(region, Status: "registered")));
        var text = await database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(Admin, new ListContractsQuery(region, Q: "甲醛")));
        var all = await database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(Admin, new ListContractsQuery(region, PageSize: 1)));

        Assert.Equal([a.Id], consulting.Items.Select(c => c.Id));
        Assert.Equal([b.Id], registered.Items.Select(c => c.Id));
        Assert.Equal([a.Id], text.Items.Select(c => c.Id));
        Assert.Equal((2, b.Id), (all.Total, all.Items.Single().Id));
        await Assert.ThrowsAsync<ValidationFailedException>(() => database.RunAsync<ListContracts, Page<ContractDto>>(h => h.HandleAsync(Admin, new ListContractsQuery(Status: "done"))));
    }

    /// <summary>
    /// Random contracts over two years in two counties, some registered, some refused, some left waiting; the statistics
    /// must equal a plain computation over what the test itself created.
    /// </summary>
    [Fact]
    public async Task Stats_SplitByTypeAndMonth_MatchAnIndependentComputation()
    {
        var counties = new[] { "330203", "330205" };
        var random = new Random(5);
        var registered = new List<(string Region, DateOnly On, string Type, decimal Turnover, decimal Tech)>();
        for (var i = 0; i < 60; i++)
        {
            var region = counties[random.Next(2)];
            var type = ContractTypes.All[random.Next(ContractTypes.All.Count)].Word;
            var year = random.Next(2) == 0 ? 2025 : 2026;
            var received = new DateOnly(year, random.Next(1, year == 2026 ? 3 : 13), random.Next(1, 28));
            var turnover = random.Next(1, 5_000_000) + (random.Next(100) / 100m);
            var tech = decimal.Round(turnover * random.Next(1, 101) / 100m, 2);
            var created = await CreateAsync(Request(region, turnover, tech, received, received, type));
            switch (random.Next(4))
            {
                case 0:
                    await RefuseAsync(created.Id, "材料不全");
                    break;
                case 1:
                    break;
                default:
                    var on = received.AddDays(random.Next(0, 20));
                    on = on > Today ? Today : on;
                    await RegisterAsync(created.Id, on);
                    registered.Add((region, on, type, turnover, tech));
                    break;
            }
        }

        var stats = await StatsAsync("330200", 2026, 2);

        (decimal, decimal, decimal) Sum(IEnumerable<(string Region, DateOnly On, string Type, decimal Turnover, decimal Tech)> rows) =>
            (rows.Count(), rows.Sum(r => r.Turnover), rows.Sum(r => r.Tech));
        var ytd = registered.Where(r => r.On.Year == 2026 && r.On.Month <= 2).ToList();
        var lastYtd = registered.Where(r => r.On.Year == 2025 && r.On.Month <= 2).ToList();
        Assert.Equal(Sum(ytd), (stats.Total.Count.Value, stats.Total.Turnover.Value, stats.Total.TechTransaction.Value));
        Assert.Equal(Sum(lastYtd), (stats.Total.Count.LastYear, stats.Total.Turnover.LastYear, stats.Total.TechTransaction.LastYear));
        foreach (var t in stats.ByType)
        {
            Assert.Equal(Sum(ytd.Where(r => r.Type == t.Type)), (t.Figures.Count.Value, t.Figures.Turnover.Value, t.Figures.TechTransaction.Value));
        }
        Assert.Equal([1, 2], stats.ByMonth.Select(m => m.Month));
        foreach (var m in stats.ByMonth)
        {
            Assert.Equal(Sum(ytd.Where(r => r.On.Month == m.Month)), (m.Figures.Count.Value, m.Figures.Turnover.Value, m.Figures.TechTransaction.Value));
            Assert.Equal(Sum(lastYtd.Where(r => r.On.Month == m.Month)), (m.Figures.Count.LastYear, m.Figures.Turnover.LastYear, m.Figures.TechTransaction.LastYear));
        }
        var expectedYoy = lastYtd.Count == 0 ? (decimal?)null : decimal.Round((ytd.Count - lastYtd.Count) / (decimal)lastYtd.Count, 4);
        Assert.Equal(expectedYoy, stats.Total.Count.Yoy);
        // The county view is its own slice of the city's.
        var county = await StatsAsync("330203", 2026, 2);
        Assert.Equal(ytd.Count(r => r.Region == "330203"), county.Total.Count.Value);
    }

    [Fact]
    public async Task Stats_EmptyLastYear_HasNoYoy_AndAnEmptyRegionIsAllZero()
    {
        var region = "330106";
        await RegisterAsync((await CreateAsync(Request(region, 1000m, 800m, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5)))).Id, new DateOnly(2026, 1, 9));

        var stats = await StatsAsync(region, 2026, 3);
        var empty = await StatsAsync("330108", 2026, 3);

        Assert.Equal(new Figure(1, 0, null), stats.Total.Count);
        Assert.Equal(new Figure(1000m, 0, null), stats.Total.Turnover);
        Assert.Equal(3, stats.ByMonth.Count);
        Assert.Equal(new Figure(0, 0, null), empty.Total.TechTransaction);
        Assert.Equal("西湖区", stats.RegionName);
    }

    [Fact]
    public async Task Stats_YoyAgainstLastYear_IsAFraction()
    {
        var region = "330109";
        foreach (var (received, count) in new[] { (new DateOnly(2025, 1, 10), 2), (new DateOnly(2026, 1, 10), 3) })
        {
            for (var i = 0; i < count; i++)
            {
                await RegisterAsync((await CreateAsync(Request(region, 100m, 100m, received, received))).Id, received);
            }
        }

        var stats = await StatsAsync(region, 2026, 1);

        Assert.Equal(new Figure(3, 2, 0.5m), stats.Total.Count);
        Assert.Equal(new Figure(300m, 200m, 0.5m), stats.Total.Turnover);
    }

    /// <summary>
    /// Today (the fixture's 2026-03-01) March has run one day: by default the statistics show 1–2月; asked for March, it is
    /// partial, read from the register up to today and compared with 1 March of last year, not all of last March.
    /// </summary>
    [Fact]
    public async Task Stats_ThisMonth_IsPartial_AndComparedWithTheSameDaysLastYear()
    {
        var region = "330111";
        Assert.Equal(new DateOnly(2026, 3, 1), Today);
        foreach (var (on, turnover) in new[] { (new DateOnly(2025, 2, 10), 100m), (new DateOnly(2025, 3, 1), 1234.56m), (new DateOnly(2025, 3, 15), 5000m),
                     (new DateOnly(2026, 2, 20), 300m), (new DateOnly(2026, 3, 1), 700.01m) })
        {
            var received = on.AddDays(-3);
            await RegisterAsync((await CreateAsync(Request(region, turnover, turnover, received, received))).Id, on);
        }

        var partial = await StatsAsync(region, 2026, 3);
        var byDefault = await database.RunAsync<GetContractStats, ContractStats>(h => h.HandleAsync(Admin, region, null, null));

        Assert.True(partial.Partial);
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2025, 3, 1)), (partial.ThroughDate, partial.LastYearThroughDate));
        Assert.Equal("2026年1–3月（3月截至1日）", partial.Label);
        Assert.Equal(new Figure(2, 2, 0m), partial.Total.Count);
        Assert.Equal(new Figure(1000.01m, 1334.56m, decimal.Round((1000.01m - 1334.56m) / 1334.56m, 4)), partial.Total.Turnover);
        Assert.Equal(new Figure(700.01m, 1234.56m, decimal.Round((700.01m - 1234.56m) / 1234.56m, 4)), partial.ByMonth[^1].Figures.TechTransaction);
        Assert.True(partial.ByMonth[^1].Partial);
        Assert.False(partial.ByMonth[0].Partial);
        Assert.Equal((2026, 2, false), (byDefault.Year, byDefault.Month, byDefault.Partial));
        Assert.Equal(new DateOnly(2026, 2, 28), byDefault.ThroughDate);
        Assert.Equal("2026年1–2月", byDefault.Label);
        Assert.Equal(new Figure(1, 1, 0m), byDefault.Total.Count);
    }

    [Fact]
    public async Task Stats_BadYearOrMonth_IsRefused()
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => StatsAsync("330326", 1999, 13));

        Assert.Equal(["month", "year"], e.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task IndicatorCalculator_GivesYearToDateAtEachMonthEnd()
    {
        var region = "330110";
        await RegisterAsync((await CreateAsync(Request(region, 1000m, 600m, new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 3)))).Id, new DateOnly(2026, 1, 20));
        await RegisterAsync((await CreateAsync(Request(region, 500m, 500m, new DateOnly(2026, 1, 25), new DateOnly(2026, 1, 25)))).Id, new DateOnly(2026, 2, 2));

        var figures = await database.RunAsync<IEnumerable<IIndicatorCalculator>, IReadOnlyList<DerivedFigure>>(calculators =>
            calculators.OfType<ContractIndicatorCalculator>().Single()
                .CalculateAsync(new DerivedFigureQuery(["tech_contract_count", "tech_transaction"], [RegionCode.Parse(region)], 2026), default));

        Assert.Equal([1m, 2m, 2m], figures.Where(f => f.Code == "tech_contract_count" && f.Month <= 3).OrderBy(f => f.Month).Select(f => f.Value));
        Assert.Equal([600m, 1100m], figures.Where(f => f.Code == "tech_transaction" && f.Month <= 2).OrderBy(f => f.Month).Select(f => f.Value));
        Assert.All(figures.Where(f => f.Code == "tech_transaction"), f => Assert.True(f.InYuan));
        Assert.DoesNotContain(figures, f => f.Code == "tech_contract_turnover");
        Assert.Equal(24, figures.Count);
    }
}
