using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Regions;

public sealed class SqliteRegionScopeTests(SqliteTestDatabase db) : RegionScopeTests<SqliteTestDatabase>(db);

public sealed class PostgresRegionScopeTests(PostgresTestDatabase db) : RegionScopeTests<PostgresTestDatabase>(db);

/// <summary>
/// The one region filter returns, on each provider and in each SQL form, exactly the rows whose code is the region or
/// lies under it, for every level; checked on the national division list every database is loaded with.
/// </summary>
public abstract class RegionScopeTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    public static TheoryData<string, RegionMatch> Levels()
    {
        var data = new TheoryData<string, RegionMatch>();
        foreach (var code in new[] { RegionCode.CountryCode, "330000", "330300", "330326", "330326101" })
        {
            data.Add(code, RegionMatch.Range);
            data.Add(code, RegionMatch.Prefix);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public async Task Within_AnyCodes_ReturnsTheRegionAndEverythingUnderIt(string code, RegionMatch match)
    {
        var region = RegionCode.Parse(code);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var all = await db.Regions.AsNoTracking().Select(r => r.Code).ToListAsync();

        var found = await db.Regions.AsNoTracking().Within(r => r.Code, region, RegionColumn.AnyCodes, match).Select(r => r.Code).ToListAsync();

        var expected = all.Where(c => c.StartsWith(region.ScopePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public async Task Within_CountyCodes_MatchesACountyByEquality_NullCodesOnlyInTheCountry(string code, RegionMatch match)
    {
        var region = RegionCode.Parse(code);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        // County-level rows and above, by their (nullable) parent: the shape of a register's region column.
        var counties = db.Regions.AsNoTracking().Where(r => r.Code.Length == 6);
        var all = await counties.Select(r => new { r.Code, r.ParentCode }).ToListAsync();

        var found = await counties.Within(r => r.ParentCode, region, RegionColumn.CountyCodes, match).Select(r => r.Code).ToListAsync();

        var expected = all.Where(r => region.Covers(r.ParentCode)).Select(r => r.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, found.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(region == RegionCode.Country, found.Contains(RegionCode.CountryCode));
    }

    [Fact]
    public void Covers_InMemory_AgreesWithTheCodesOwnRule()
    {
        var county = RegionCode.Parse("330326");
        Assert.True(county.Covers("330326101"));
        Assert.True(RegionCode.Parse("330300").Covers("330326"));
        Assert.False(county.Covers("330327"));
        Assert.False(RegionCode.Parse("330326101").Covers("330326"));
        Assert.False(county.Covers((string?)null));
        Assert.True(RegionCode.Country.Covers("110000"));
        Assert.True(RegionCode.Country.Covers((string?)null));
    }
}
