using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Tests.Enterprises.Excel;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Enterprises;

/// <summary>SQLite's name-gram index itself (ADR 0009): what the triggers keep, and the repair at start.</summary>
public sealed class NameGramsTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly Caller Admin = new("a", "admin", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    private async Task<T> WithDbAsync<T>(Func<KechuangDbContext, Task<T>> work)
    {
        await using var scope = database.Scope();
        return await work(scope.ServiceProvider.GetRequiredService<KechuangDbContext>());
    }

    private async Task<EnterpriseDto> CreateAsync(string name)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<CreateEnterprise>().HandleAsync(Admin, new EnterpriseRequest(name, Sheets.NewUscc(), "330326", FoundedOn: new DateOnly(2015, 6, 1)));
    }

    private async Task<List<string>> SearchAsync(string q)
    {
        await using var scope = database.Scope();
        var page = await scope.ServiceProvider.GetRequiredService<ListEnterprises>().HandleAsync(Admin, new ListEnterprisesQuery(Q: q));
        return page.Items.Select(e => e.Name).ToList();
    }

    private static readonly string[] Terms = ["钛", "钛白", "钛合金", "钨钢", "锻造", "平阳", "有限公司", "司"];

    /// <summary>The candidates the index gives for each term, to compare the index with a rebuilt one.</summary>
    private static async Task<List<string>> CandidatesAsync(KechuangDbContext db)
    {
        var found = new List<string>();
        foreach (var term in Terms)
        {
            var ids = await NameGrams.CandidatesAsync(db, term, int.MaxValue - 1, CancellationToken.None) ?? [];
            found.Add(term + ": " + string.Join(",", ids.Order()));
        }
        return found;
    }

    [Fact]
    public async Task Triggers_AfterInsertUpdateAndDelete_KeepWhatARebuildWouldMake()
    {
        var kept = await CreateAsync("平阳钛合金锻造有限公司");
        var gone = await CreateAsync("平阳钨钢刀具有限公司");
        await WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Enterprises" SET "Name" = '平阳钛白粉有限公司' WHERE "Id" = {kept.Id}"""));
        await WithDbAsync(db => db.Database.ExecuteSqlAsync($"""DELETE FROM "Enterprises" WHERE "Id" = {gone.Id}"""));

        var maintained = await WithDbAsync(async db =>
        {
            await NameGrams.CatchUpAsync(db, wait: true);
            return await CandidatesAsync(db);
        });
        var rebuilt = await WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(NameGrams.Rebuild);
            return await CandidatesAsync(db);
        });

        Assert.Equal(rebuilt, maintained);
        Assert.DoesNotContain(maintained, line => line.Contains(gone.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(["平阳钛白粉有限公司"], await SearchAsync("钛白"));
        Assert.Empty(await SearchAsync("锻造"));
    }

    [Fact]
    public async Task Ensure_TriggersDropped_RecreatesThemAndRebuilds()
    {
        // What a table rebuild by a later migration would do: the triggers go with the old table.
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DROP TRIGGER "EnterpriseNameSearch_Insert" """));
        await CreateAsync("平阳锆石研磨有限公司");
        Assert.Empty(await SearchAsync("锆石"));

        Assert.True(await WithDbAsync(db => NameGrams.EnsureAsync(db)));

        Assert.Equal(["平阳锆石研磨有限公司"], await SearchAsync("锆石"));
        Assert.False(await WithDbAsync(db => NameGrams.EnsureAsync(db)));
    }

    [Fact]
    public async Task Search_AsciiTerm_IgnoresCaseAsSqliteLikeDoes()
    {
        await CreateAsync("平阳XYZ锑业有限公司");

        Assert.Equal(["平阳XYZ锑业有限公司"], await SearchAsync("xyz"));
        Assert.Equal(["平阳XYZ锑业有限公司"], await SearchAsync("Z锑"));
    }
}
