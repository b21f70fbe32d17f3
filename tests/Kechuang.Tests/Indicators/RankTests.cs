using Kechuang.Contracts;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Reports;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Tests.Contracts.ContractBuilder;

namespace Kechuang.Tests.Indicators;

public sealed class SqliteRankTests(SqliteTestDatabase db) : RankTests<SqliteTestDatabase>(db);

public sealed class PostgresRankTests(PostgresTestDatabase db) : RankTests<PostgresTestDatabase>(db);

/// <summary>
/// The rank rule (docs/domain.md §3, Rank) on a small hand-worked data set of 温州's twelve counties in 2025 (fixture
/// clock 2026-03-01): ranks only among the peers with a figure, 第n/m, none below three peers or without a figure of one's own.
/// </summary>
public abstract class RankTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private const string Wenzhou = "330300";
    private const string Longwan = "330303";
    private const string Pingyang = "330326";
    private const string Cangnan = "330327";
    private const string Wencheng = "330328";
    private const string Taishun = "330329";

    // 全社会R&D经费投入 (亿元) reported by all twelve counties in December 2025: 鹿城 and 瑞安 tie at 9.
    private static readonly Dictionary<string, decimal> RdExpenditure = new()
    {
        ["330302"] = 9m, ["330303"] = 5m, ["330304"] = 7m, ["330305"] = 1m, ["330324"] = 4m, [Pingyang] = 12m,
        [Cangnan] = 6m, [Wencheng] = 2m, [Taishun] = 3m, ["330381"] = 9m, ["330382"] = 11m, ["330383"] = 8m,
    };

    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        if (db.IndicatorValues.Any())
        {
            return;
        }
        foreach (var (county, value) in RdExpenditure)
        {
            await ValueAsync("rd_expenditure", county, 12, value);
        }
        // 专利申请量 reported by two counties only.
        await ValueAsync("patent_applications", Pingyang, 12, 120m);
        await ValueAsync("patent_applications", Cangnan, 12, 80m);

        // Contracts in 2025: 平阳 registers three, 苍南 one, 文成 receives one it has not registered yet (its register is
        // in use, with 0 registered); 泰顺's only contract is of 2024, so its register is not in use in 2025.
        foreach (var day in new[] { 10, 11, 12 })
        {
            await RegisteredAsync(Pingyang, new DateOnly(2025, 5, day));
        }
        await RegisteredAsync(Cangnan, new DateOnly(2025, 6, 1));
        await ReceivedAsync(Wencheng, new DateOnly(2025, 11, 3));
        await RegisteredAsync(Taishun, new DateOnly(2024, 6, 1));

        // Enterprises: 平阳 and 龙湾 hold one valid HTE each (a tie), 苍南 has yearly facts for 2025 but no title (in use,
        // 0 HTEs), 文成's only HTE expired in 2023 (not in use in 2025).
        Enterprise(db, Pingyang, hte: (new(2024, 11, 1), new(2027, 10, 31)));
        Enterprise(db, Longwan, hte: (new(2023, 12, 1), new(2026, 11, 30)));
        Enterprise(db, Cangnan, facts: 2025);
        Enterprise(db, Wencheng, hte: (new(2020, 10, 1), new(2023, 9, 30)));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static void Enterprise(KechuangDbContext db, string county, (DateOnly Issued, DateOnly Expires)? hte = null, int? facts = null)
    {
        var enterprise = new Enterprise { Name = $"测试{county}科技有限公司{Guid.NewGuid():N}"[..24], Uscc = NewUscc(county), RegionCode = county };
        db.Enterprises.Add(enterprise);
        if (hte is { } t)
        {
            db.Qualifications.Add(new Qualification
            {
                EnterpriseId = enterprise.Id, Type = QualificationType.HighTech, Number = "GR" + county + t.Issued.Year, IssuedOn = t.Issued, ExpiresOn = t.Expires,
            });
        }
        if (facts is { } year)
        {
            db.EnterpriseYears.Add(new EnterpriseYear { EnterpriseId = enterprise.Id, Year = year, Staff = 20, SalesRevenue = 1_000_000m });
        }
    }

    private async Task<ContractDto> ReceivedAsync(string county, DateOnly on)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<CreateContract>().HandleAsync(Admin, Request(county, signed: on.AddDays(-5), received: on));
    }

    private async Task RegisteredAsync(string county, DateOnly on)
    {
        var created = await ReceivedAsync(county, on.AddDays(-10));
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RegisterContract>().HandleAsync(Admin, created.Id, new RegisterContractRequest(on));
    }

    private async Task ValueAsync(string code, string region, int month, decimal value)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<PutValue>().HandleAsync(Admin, code, region, 2025, month, new ValueRequest(value, null, null));
    }

    private async Task<Dictionary<string, AssessmentRow>> PeersAsync(string code, string region = Pingyang, int year = 2025)
    {
        await using var scope = database.Scope();
        var peers = await scope.ServiceProvider.GetRequiredService<GetPeerComparison>().HandleAsync(Admin, code, region, year, 12);
        return peers.ToDictionary(p => p.RegionCode, p => p.Row);
    }

    [Fact]
    public async Task AllTwelveReport_RanksAmongTwelve_TiesShare()
    {
        var rows = await PeersAsync("rd_expenditure");

        // 12, 11, 9, 9, 8 …: 平阳 1st, 乐清 2nd, 鹿城 and 瑞安 share 3rd, 龙港 is 5th, 洞头 (1) last.
        Assert.Equal("第1/12", rows[Pingyang].RankText);
        Assert.Equal("第2/12", rows["330382"].RankText);
        Assert.Equal((3, 3), (rows["330302"].Rank!.Value, rows["330381"].Rank!.Value));
        Assert.Equal("第5/12", rows["330383"].RankText);
        Assert.Equal("第12/12", rows["330305"].RankText);
        Assert.All(rows.Values, r => Assert.Equal((12, 12), (r.RankedCount, r.PeerCount)));
        Assert.Equal("排名在全部12个同级地区中计算", rows[Pingyang].RankNote);
    }

    [Fact]
    public async Task TwoReport_NobodyIsRanked()
    {
        var rows = await PeersAsync("patent_applications");

        Assert.Equal(120m, rows[Pingyang].Actual);
        Assert.All(rows.Values, r => Assert.Null(r.Rank));
        Assert.Equal(("—", 2), (rows[Pingyang].RankText, rows[Pingyang].RankedCount));
        Assert.Equal("有数据的同级地区仅2个（不足3个），不排名", rows[Cangnan].RankNote);
        Assert.Equal("本地区无数据，不排名", rows[Taishun].RankNote);
    }

    [Fact]
    public async Task ContractCounts_RankedOnlyWhereTheRegisterIsInUse()
    {
        var rows = await PeersAsync(ContractIndicatorCalculator.Count);

        // In use in 2025: 平阳 (3 registered), 苍南 (1), 文成 (1 received, 0 registered). Not 泰顺 (2024 only) or the rest.
        Assert.Equal((3m, "第1/3"), (rows[Pingyang].Actual!.Value, rows[Pingyang].RankText));
        Assert.Equal((1m, "第2/3"), (rows[Cangnan].Actual!.Value, rows[Cangnan].RankText));
        Assert.Equal((0m, "第3/3"), (rows[Wencheng].Actual!.Value, rows[Wencheng].RankText));
        Assert.Equal("排名仅在有数据的3个同级地区中计算（同级共12个）", rows[Pingyang].RankNote);
        Assert.Null(rows[Taishun].Actual);
        Assert.Equal((null, "—", "本地区无数据，不排名"), (rows[Taishun].Rank, rows[Taishun].RankText, rows[Taishun].RankNote));
        Assert.Equal(9, rows.Values.Count(r => r.Actual is null));
    }

    [Fact]
    public async Task ContractCounts_OneCountyInUse_IsNotRanked()
    {
        var rows = await PeersAsync(ContractIndicatorCalculator.Count, Taishun, 2024);

        Assert.Equal(1m, rows[Taishun].Actual);
        Assert.Equal((null, 1, "—"), (rows[Taishun].Rank, rows[Taishun].RankedCount, rows[Taishun].RankText));
        Assert.Null(rows[Pingyang].Actual);
    }

    [Fact]
    public async Task HteTotal_RankedWhereTheEnterpriseRegisterIsInUse_TiesShare()
    {
        var rows = await PeersAsync(EnterpriseIndicators.HteTotal);

        Assert.Equal((1m, "第1/3"), (rows[Pingyang].Actual!.Value, rows[Pingyang].RankText));
        Assert.Equal((1m, "第1/3"), (rows[Longwan].Actual!.Value, rows[Longwan].RankText));
        Assert.Equal((0m, "第3/3"), (rows[Cangnan].Actual!.Value, rows[Cangnan].RankText));
        Assert.Null(rows[Wencheng].Actual);
        Assert.Null(rows[Wencheng].Rank);
    }

    [Fact]
    public async Task CitySummary_NamesLeadersAndLast_OnlyFromRankedCounties()
    {
        await using var scope = database.Scope();
        var doc = await scope.ServiceProvider.GetRequiredService<GetSummary>().HandleAsync(As(Roles.Leader, Wenzhou), Wenzhou, 2025, "FY");

        var counties = Assert.Single(doc.Sections, s => s.Module == CountySummarySection.Name).Paragraphs.Select(p => p.Text).ToList();
        Assert.Contains("全社会R&D经费投入居前的是平阳县（12.00亿元）、乐清市（11.00亿元）、鹿城区（9.00亿元），洞头区（1.00亿元）居末位。", counties);
        // 文成's register is in use with 0 contracts: ranked third, so 苍南 (second) is not last.
        Assert.Contains("技术合同数居前的是平阳县（3项）、苍南县（1项）。", counties);
        // 平阳 and 龙湾 share first place; 苍南's 0 is third.
        Assert.Contains("高新技术企业总数居前的是龙湾区（1家）、平阳县（1家）。", counties);
        Assert.DoesNotContain("全省排名", string.Join("\n", doc.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text)));
        Assert.All(doc.Indicators, r => Assert.Equal("—", r.Rank.Text));
    }

    [Fact]
    public async Task APrefectureAloneWithData_HasNoRankAtAll()
    {
        await using var scope = database.Scope();
        var rows = await scope.ServiceProvider.GetRequiredService<GetAssessmentReport>().HandleAsync(Admin, Wenzhou, 2025, 12);

        // 温州 is the only prefecture of 浙江 with any data: eleven peers, one with figures, so no rank anywhere.
        Assert.Equal(2m, rows.Single(r => r.Code == EnterpriseIndicators.HteTotal).Actual);   // 平阳 and 龙湾
        Assert.All(rows, r => Assert.Equal((null, "—"), (r.Rank, r.RankText)));
        Assert.All(rows.Where(r => r.Actual is not null), r => Assert.Equal(1, r.RankedCount));
        Assert.All(rows, r => Assert.Equal(11, r.PeerCount));
    }
}
