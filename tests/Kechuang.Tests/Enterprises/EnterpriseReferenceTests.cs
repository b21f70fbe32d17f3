using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Tests.Enterprises.Excel;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Enterprises;

public sealed class SqliteEnterpriseReferenceTests(SqliteTestDatabase db) : EnterpriseReferenceTests<SqliteTestDatabase>(db);

public sealed class PostgresEnterpriseReferenceTests(PostgresTestDatabase db) : EnterpriseReferenceTests<PostgresTestDatabase>(db);

/// <summary>The one rule for writes naming an enterprise (docs/domain.md §1, References to an enterprise).</summary>
public abstract class EnterpriseReferenceTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly Caller Admin = new("a", "admin", new HashSet<string> { Roles.Admin }, RegionCode.Parse("100000"), null);
    private static readonly Caller Pingyang = new("s", "py", new HashSet<string> { Roles.Staff }, RegionCode.Parse("330326"), null);

    private async Task<EnterpriseDto> CreateAsync(string region)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<CreateEnterprise>().HandleAsync(
            Admin, new EnterpriseRequest("引用测试" + Guid.NewGuid().ToString("N")[..8], Sheets.NewUscc(region), region, FoundedOn: new DateOnly(2015, 6, 1)));
    }

    [Fact]
    public async Task RegionsAsync_GivesTheRegisterCounty_OnlyForRegisterCodes()
    {
        var lucheng = await CreateAsync("330302");
        var stranger = Sheets.NewUscc("330326");
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();

        var found = await EnterpriseReference.RegionsAsync(db, [lucheng.Uscc.ToLowerInvariant(), stranger, null], CancellationToken.None);

        Assert.Equal(new Dictionary<string, string> { [lucheng.Uscc] = "330302" }, found);
    }

    [Theory]
    [InlineData("330302", null)]          // its own county
    [InlineData("330300", null)]          // a region above it
    [InlineData("", null)]                // blank: the form's own checks speak
    [InlineData("330326", "330302")]      // another county: named in the message
    [InlineData("330100", "330302")]      // another prefecture
    public void Disagreement_OnlyWhenTheStatedRegionDoesNotCoverTheRegisters(string stated, string? expected)
    {
        const string uscc = "91330302MA2XXXXXX1";
        var register = new Dictionary<string, string> { [uscc] = "330302" };

        var problem = EnterpriseReference.Disagreement(register, uscc.ToLowerInvariant(), stated, "卖方");

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
            Assert.StartsWith("卖方统一社会信用代码", problem, StringComparison.Ordinal);
        }
        Assert.Null(EnterpriseReference.Disagreement(register, "91330326MA2YYYYYY2", "330326", "卖方"));   // not the register's
    }

    [Fact]
    public async Task CheckIdAsync_OutsideTheCallerOrTheLinkedRegion_OrUnknown_IsAFieldError()
    {
        var own = await CreateAsync("330326");
        var lucheng = await CreateAsync("330302");
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        async Task<(string? Region, bool Error)> Check(Caller caller, Guid id, string? within)
        {
            var v = new Validation();
            var region = await EnterpriseReference.CheckIdAsync(db, caller, id, within is null ? null : RegionCode.Parse(within), "enterpriseId", v, CancellationToken.None);
            return (region, v.HasErrors);
        }

        Assert.Equal(("330326", false), await Check(Pingyang, own.Id, "330326"));
        Assert.Equal((null, true), await Check(Pingyang, lucheng.Id, null));          // another county's: as if unknown
        Assert.Equal((null, true), await Check(Pingyang, Guid.NewGuid(), null));
        Assert.Equal((null, true), await Check(Admin, lucheng.Id, "330326"));         // the linked user's region must hold it
        Assert.Equal(("330302", false), await Check(Admin, lucheng.Id, "330300"));
    }
}
