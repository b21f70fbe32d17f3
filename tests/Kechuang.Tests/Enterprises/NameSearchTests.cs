using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Demo;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Excel;
using Kechuang.Regions;
using Kechuang.Tests.Enterprises.Excel;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Enterprises;

public sealed class SqliteNameSearchTests(SqliteTestDatabase db) : NameSearchTests<SqliteTestDatabase>(db);

public sealed class PostgresNameSearchTests(PostgresTestDatabase db) : NameSearchTests<PostgresTestDatabase>(db);

/// <summary>
/// Name search through whatever index the provider uses (ADR 0009): a fragment from the middle of a name, the
/// very next search after a write, region scoping. Each test uses characters no other name in the class has.
/// </summary>
public abstract class NameSearchTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private static readonly Caller Admin = new("a", "admin", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);
    private static readonly Caller Zhejiang = new("z", "z", new HashSet<string> { Roles.Leader }, RegionCode.Parse("330000"), null);
    private static readonly Caller Wenzhou = new("w", "w", new HashSet<string> { Roles.Staff }, RegionCode.Parse("330300"), null);

    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        if (db.Enterprises.Any())
        {
            return;
        }
        // A register to search through: 300 names of the demo's shapes in two counties of two prefectures.
        var generator = new EnterpriseGenerator(seed: 5, database.Clock.TodayInChina());
        for (var i = 0; i < 300; i++)
        {
            db.Enterprises.Add(i % 2 == 0 ? generator.Next("330326", "平阳县", [], i).Enterprise : generator.Next("330106", "西湖区", [], i).Enterprise);
        }
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Page<EnterpriseDto>> SearchAsync(string q, Caller? caller = null, int page = 1, string? regionCode = null, int? candidateCap = null)
    {
        await using var scope = database.Scope();
        var services = scope.ServiceProvider;
        var handler = candidateCap is { } cap
            ? new ListEnterprises(services.GetRequiredService<KechuangDbContext>(), services.GetRequiredService<TimeProvider>()) { CandidateCap = cap }
            : services.GetRequiredService<ListEnterprises>();
        return await handler.HandleAsync(caller ?? Admin, new ListEnterprisesQuery(RegionCode: regionCode, Q: q, Page: page));
    }

    private async Task<EnterpriseDto> CreateAsync(string name, string region = "330326")
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<CreateEnterprise>().HandleAsync(Admin, new EnterpriseRequest(name, Sheets.NewUscc(region), region, FoundedOn: new DateOnly(2015, 6, 1)));
    }

    private async Task RenameAsync(EnterpriseDto enterprise, string name)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<UpdateEnterprise>().HandleAsync(
            Admin, enterprise.Id, new EnterpriseRequest(name, enterprise.Uscc, enterprise.RegionCode, FoundedOn: enterprise.FoundedOn, Version: enterprise.Version));
    }

    private async Task ImportAsync(params Dictionary<string, object?>[] rows)
    {
        await using var scope = database.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportEnterprises>().HandleAsync(Admin, Sheets.Xlsx(rows), new ImportOptions(), null);
        Assert.Empty(report.Errors);
    }

    private static IEnumerable<string> Names(Page<EnterpriseDto> page) => page.Items.Select(e => e.Name);

    [Fact]
    public async Task Search_TwoCharactersFromTheMiddle_FindsTheName()
    {
        await CreateAsync("平阳翡翠湾量子通信有限公司");

        Assert.Equal(["平阳翡翠湾量子通信有限公司"], Names(await SearchAsync("量子")));
        Assert.Equal(["平阳翡翠湾量子通信有限公司"], Names(await SearchAsync("湾量")));
        Assert.Equal(["平阳翡翠湾量子通信有限公司"], Names(await SearchAsync("翡翠湾量子通信")));
        Assert.Empty((await SearchAsync("翠量")).Items);
    }

    [Fact]
    public async Task Search_OneCharacterAndCharactersBeyondTheBasicPlane_FindTheName()
    {
        // 𠮷 (U+20BB7) is two UTF-16 units but one character to SQLite: pieces are cut by characters.
        await CreateAsync("平阳𠮷祥鞋业有限公司");

        Assert.Equal(["平阳𠮷祥鞋业有限公司"], Names(await SearchAsync("𠮷")));
        Assert.Equal(["平阳𠮷祥鞋业有限公司"], Names(await SearchAsync("阳𠮷")));
        Assert.Equal(["平阳𠮷祥鞋业有限公司"], Names(await SearchAsync("𠮷祥")));
        Assert.Equal(["平阳𠮷祥鞋业有限公司"], Names(await SearchAsync("鞋")));
    }

    [Fact]
    public async Task Search_AfterRename_FindsTheNewNameAndNotTheOld()
    {
        var created = await CreateAsync("平阳琥珀光电有限公司");
        Assert.Single((await SearchAsync("琥珀")).Items);

        await RenameAsync(created, "平阳玛瑙光电有限公司");

        Assert.Empty((await SearchAsync("琥珀")).Items);
        Assert.Equal([created.Id], (await SearchAsync("玛瑙")).Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Search_AfterImport_FindsCreatedAndRenamedRows()
    {
        var uscc = Sheets.NewUscc();
        await ImportAsync(Sheets.Enterprise(uscc, name: "平阳珊瑚材料有限公司"));
        Assert.Equal([uscc], (await SearchAsync("珊瑚")).Items.Select(e => e.Uscc));

        await ImportAsync(Sheets.Enterprise(uscc, name: "平阳砗磲材料有限公司"));

        Assert.Empty((await SearchAsync("珊瑚")).Items);
        Assert.Equal([uscc], (await SearchAsync("砗磲")).Items.Select(e => e.Uscc));
    }

    [Fact]
    public async Task Search_RareTerm_StaysInsideTheCallersRegion()
    {
        var pingyang = await CreateAsync("平阳玳瑁工艺有限公司", "330326");
        var xihu = await CreateAsync("西湖玳瑁工艺有限公司", "330106");
        var own = new Caller("e", "e", new HashSet<string> { Roles.Enterprise }, RegionCode.Parse("330106"), xihu.Id);

        Assert.Equal([pingyang.Id], (await SearchAsync("玳瑁", Wenzhou)).Items.Select(e => e.Id));
        Assert.Equal(2, (await SearchAsync("玳瑁", Zhejiang)).Total);
        Assert.Equal([xihu.Id], (await SearchAsync("玳瑁", Zhejiang, regionCode: "330100")).Items.Select(e => e.Id));
        Assert.Equal([xihu.Id], (await SearchAsync("玳瑁", own)).Items.Select(e => e.Id));
    }

    [Theory]
    [InlineData("华创")]
    [InlineData("有限公司")]
    [InlineData("科技")]
    [InlineData("创电")]
    [InlineData("平阳")]
    [InlineData("公")]
    [InlineData("9133")]
    [InlineData("a")]
    public async Task Search_IndexOrScan_AnswerAlike(string term)
    {
        // A cap of 0 sends every term down the scan; the default sends these through the index (on SQLite).
        foreach (var caller in new[] { Admin, Wenzhou })
        {
            foreach (var page in new[] { 1, 2, 3 })
            {
                var indexed = await SearchAsync(term, caller, page);
                var scanned = await SearchAsync(term, caller, page, candidateCap: 0);

                Assert.Equal(scanned.Items.Select(e => e.Id), indexed.Items.Select(e => e.Id));
                Assert.Equal((scanned.Total, scanned.TotalIsLowerBound), (indexed.Total, indexed.TotalIsLowerBound));
            }
        }
    }

    [Fact]
    public async Task Initials_FindTheName_InAnyCase_AndFollowARename()
    {
        var created = await CreateAsync("鄂豫皖湘赣科技有限公司");

        Assert.Contains("鄂豫皖湘赣科技有限公司", Names(await SearchAsync("eywxg")));
        Assert.Contains("鄂豫皖湘赣科技有限公司", Names(await SearchAsync("EYWXGKJ")));
        Assert.DoesNotContain("鄂豫皖湘赣科技有限公司", Names(await SearchAsync("eywxgz")));

        await RenameAsync(created, "川贵云桂科技有限公司");
        Assert.DoesNotContain("川贵云桂科技有限公司", Names(await SearchAsync("eywxg")));
        Assert.Contains("川贵云桂科技有限公司", Names(await SearchAsync("cgyg")));
    }

    [Fact]
    public async Task FillNameInitials_GivesOlderRowsTheirInitials()
    {
        var created = await CreateAsync("陕甘宁青新材料有限公司");
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            await db.Enterprises.Where(e => e.Id == created.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.NameInitials, ""));
            Assert.DoesNotContain("陕甘宁青新材料有限公司", Names(await SearchAsync("sgnqx")));
            Assert.True(await FillNameInitials.RunAsync(db, default) >= 1);
        }

        Assert.Contains("陕甘宁青新材料有限公司", Names(await SearchAsync("sgnqx")));
    }
}
