using Kechuang.Common;
using Kechuang.Demo;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Enterprises;

public sealed class SqliteEnterpriseSearchTests(SqliteTestDatabase db) : EnterpriseSearchTests<SqliteTestDatabase>(db);

public sealed class PostgresEnterpriseSearchTests(PostgresTestDatabase db) : EnterpriseSearchTests<PostgresTestDatabase>(db);

/// <summary>Search over a register larger than the count cap, on each provider.</summary>
public abstract class EnterpriseSearchTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private static readonly Caller Wenzhou = new("t", "t", new HashSet<string> { Roles.Staff }, RegionCode.Parse("330300"), null);

    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Kechuang.Data.KechuangDbContext>();
        if (db.Enterprises.Any())
        {
            return;
        }
        var generator = new EnterpriseGenerator(seed: 3, database.Clock.TodayInChina());
        for (var i = 0; i < ListEnterprises.SearchCountCap + 50; i++)
        {
            db.Enterprises.Add(generator.Next("330326", "平阳县", [], i).Enterprise);
        }
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Kechuang.Common.Page<EnterpriseDto>> SearchAsync(string q, int page = 1)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ListEnterprises>().HandleAsync(Wenzhou, new ListEnterprisesQuery(Q: q, Page: page));
    }

    [Fact]
    public async Task Search_BroadTerm_StopsCountingAtTheCap()
    {
        var all = await SearchAsync("有限公司");

        Assert.Equal(ListEnterprises.SearchCountCap, all.Total);
        Assert.True(all.TotalIsLowerBound);
        Assert.Equal(20, all.Items.Count);
    }

    [Fact]
    public async Task Search_RareTerm_CountsExactlyFromTheFirstPage()
    {
        var some = await SearchAsync("华创");
        var second = await SearchAsync("华创", page: 2);

        Assert.False(some.TotalIsLowerBound);
        Assert.InRange(some.Total, 21, ListEnterprises.SearchCountCap);
        Assert.Equal(some.Total, second.Total);
        Assert.All(some.Items, e => Assert.Contains("华创", e.Name));
    }

    [Fact]
    public async Task Search_LikeWildcards_AreLiteral()
    {
        Assert.Equal(0, (await SearchAsync("%")).Total);
        Assert.Equal(0, (await SearchAsync("_")).Total);
    }

    [Fact]
    public async Task Search_UsccPrefix_IgnoresCase()
    {
        var any = (await SearchAsync("有限公司")).Items[0];

        var found = await SearchAsync(any.Uscc[..16].ToLowerInvariant());

        Assert.Contains(found.Items, e => e.Id == any.Id);
    }
}
