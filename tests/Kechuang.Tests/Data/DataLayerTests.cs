using System.Text.Json;
using Kechuang.Audit;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Experts;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Data;

public sealed class SqliteDataLayerTests(SqliteTestDatabase db) : DataLayerTests<SqliteTestDatabase>(db);

public sealed class PostgresDataLayerTests(PostgresTestDatabase db) : DataLayerTests<PostgresTestDatabase>(db);

/// <summary>The same tests on each provider (bitwarden's per-database theory, as a generic base class).</summary>
public abstract class DataLayerTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly Caller NationalAdmin = new("n/a", "admin", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    private static Caller AdminOf(string region) =>
        new($"admin-{region}", $"admin-{region}", new HashSet<string> { Roles.Admin }, RegionCode.Parse(region), null);

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Initialize_LoadsEveryRegionAndTheAdmin_AndRunsAgainHarmlessly()
    {
        await using var scope = database.Scope();
        var context = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();

        Assert.Equal(RegionCatalog.Load().Count, await context.Regions.CountAsync());
        Assert.False(context.Database.HasPendingModelChanges(), "the model has changes without a migration for this provider");
        var again = await scope.ServiceProvider.GetRequiredService<InitializeDatabase>().HandleAsync("whatever123");
        Assert.Equal(0, again.RegionsLoaded);
        Assert.False(again.AdminCreated);
        var admin = await context.Users.SingleAsync(u => u.UserName == "admin");
        Assert.Equal(RegionCode.CountryCode, admin.RegionCode);
    }

    [Fact]
    public async Task Initialize_RefusesADatabaseUpgradedByANewerRelease_NamingTheMigration()
    {
        await using var scope = database.Scope();
        var context = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        const string Future = "29991231000000_FromANewerRelease";
        await context.Database.ExecuteSqlAsync($"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({Future}, '99.0.0')");
        try
        {
            var refused = await Assert.ThrowsAsync<DatabaseTooNewException>(() => scope.ServiceProvider.GetRequiredService<InitializeDatabase>().HandleAsync("whatever123"));
            Assert.Contains(Future, refused.Message);
            Assert.Contains("较新版本", refused.Message);
        }
        finally
        {
            await context.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {Future}");
        }
    }

    [Fact]
    public async Task AWriteRefusedByAUniqueIndex_IsRecognisedOnBothProviders()
    {
        await using var scope = database.Scope();
        var context = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        context.Regions.Add(new Region { Code = "330326", Name = "平阳县（重复）", Level = RegionLevel.County, ParentCode = "330300" });

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(refused));
        Assert.False(UniqueViolation.Is(new DbUpdateException("其他错误", new InvalidOperationException())));
    }

    [Fact]
    public async Task GetRegion_ChildrenAndPeersOfWenzhouCounties()
    {
        await using var scope = database.Scope();
        var regions = scope.ServiceProvider.GetRequiredService<GetRegion>();

        var counties = await regions.ChildrenAsync("330300");
        var peers = await regions.PeersAsync("330326");

        Assert.Equal(12, counties.Count);
        Assert.Contains(counties, c => c is { Code: "330326", Name: "平阳县", Level: "county" });
        Assert.Equal(11, peers.Count);
        Assert.DoesNotContain(peers, p => p.Code == "330326");
        Assert.All(peers, p => Assert.Equal("330300", p.ParentCode));
        Assert.Equal(["全国", "浙江省", "温州市", "平阳县"], (await regions.PathAsync("330326")).Select(r => r.Name));
    }

    [Fact]
    public async Task GetRegion_UnknownOrMalformedCode_SaysWhy()
    {
        await using var scope = database.Scope();
        var regions = scope.ServiceProvider.GetRequiredService<GetRegion>();

        await Assert.ThrowsAsync<NotFoundException>(() => regions.HandleAsync("339999"));
        var malformed = await Assert.ThrowsAsync<ValidationFailedException>(() => regions.HandleAsync("33x"));
        Assert.Contains("code", malformed.Errors.Keys);
    }

    [Fact]
    public async Task CreateAndUpdateUser_WritesAuditRowsWithBeforeAndAfter()
    {
        var name = Unique("audit");
        await using (var scope = database.Scope("审计测试员", "330300"))
        {
            var created = await scope.ServiceProvider.GetRequiredService<CreateUser>().HandleAsync(
                AdminOf("330300"), new CreateUserRequest(name, "张三", "Passw0rd!", "330326", [Roles.Staff]));
            await scope.ServiceProvider.GetRequiredService<UpdateUser>().HandleAsync(
                AdminOf("330300"), created.Id, new UpdateUserRequest("张三丰", "330326", [Roles.Staff], created.Version));
        }

        await using var check = database.Scope();
        var context = check.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var id = (await context.Users.SingleAsync(u => u.UserName == name)).Id;
        var rows = await context.AuditEntries.Where(a => a.EntityType == nameof(AppUser) && a.EntityId == id).OrderBy(a => a.Id).ToListAsync();

        Assert.Equal("created", rows[0].Action);
        Assert.Equal("审计测试员", rows[0].UserName);
        Assert.Equal("330300", rows[0].UserRegion);
        Assert.Null(rows[0].Before);
        Assert.DoesNotContain("AQAAAA", rows[0].After); // no password hash in the trail
        var update = rows.Single(r => r.Action == "updated" && r.After!.Contains("张三丰"));
        Assert.Equal("张三", JsonDocument.Parse(update.Before!).RootElement.GetProperty("DisplayName").GetString());
        Assert.Equal("张三丰", JsonDocument.Parse(update.After!).RootElement.GetProperty("DisplayName").GetString());
        Assert.Equal(database.Clock.GetUtcNow(), rows[0].At);
    }

    [Fact]
    public async Task AuditJson_IsWhatTheSerializerWritesForTheSameValues()
    {
        // The trail's JSON is written value by value for speed; it must stay the serializer's text for every type the
        // records hold: text with quotes, Chinese and an emoji, ids, dates, stamps, money, flags, lists, nulls, secrets.
        await using var scope = database.Scope();
        var context = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var enterprise = new Enterprise
        {
            Name = "温州\"华创\"<科技>有限公司 🚀", Uscc = "91330300MA2AAAAA1X", RegionCode = "330302", FoundedOn = new DateOnly(2019, 3, 8),
            AboveScale = true, Address = null, CreatedAt = new DateTimeOffset(2026, 12, 7, 8, 30, 1, 123, TimeSpan.Zero), UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        var year = new EnterpriseYear { EnterpriseId = enterprise.Id, Year = 2025, SalesRevenue = 1234.50m, RdExpense = -0.01m, ClassOneIp = null, Staff = 12 };
        var expert = new Expert { Name = "王五", Organisation = "温州大学", RegionCode = "330300", Fields = ["新材料", "a\tb"] };
        var user = new AppUser { UserName = "json", DisplayName = "测", RegionCode = "330300", PasswordHash = "AQAAAAsecret", SecurityStamp = null };
        object[] records = [enterprise, year, expert, user];
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        string[] secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];
        foreach (var record in records)
        {
            var properties = context.Entry(record).Properties.ToList();
            var expected = JsonSerializer.Serialize(properties.ToDictionary(
                p => p.Metadata.Name, p => secret.Contains(p.Metadata.Name) && p.CurrentValue is not null ? "***" : p.CurrentValue), options);
            Assert.Equal(expected, AuditInterceptor.Json(properties, p => p.CurrentValue));
        }
        Assert.Contains("\"PasswordHash\":\"***\"", AuditInterceptor.Json(context.Entry(user).Properties.ToList(), p => p.CurrentValue));
    }

    [Fact]
    public async Task AuditEntries_CannotBeEditedThroughEfOrSql()
    {
        await using var scope = database.Scope();
        var context = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        context.AuditEntries.Add(new AuditEntry { UserName = "x", EntityType = "Test", EntityId = "1", Action = "created", At = database.Clock.GetUtcNow() });
        await context.SaveChangesAsync();
        var entry = await context.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();

        context.Entry(entry).Property(e => e.UserName).CurrentValue = "forged";
        await Assert.ThrowsAsync<ForbiddenException>(() => context.SaveChangesAsync());
        context.ChangeTracker.Clear();

        await Assert.ThrowsAnyAsync<Exception>(() =>
            context.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"UserName\" = 'forged' WHERE \"Id\" = {entry.Id}"));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            context.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {entry.Id}"));
        Assert.Equal("x", (await context.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == entry.Id)).UserName);
    }

    [Fact]
    public async Task ListUsers_CountyAdminSeesOnlyItsCounty()
    {
        var inPingyang = Unique("py");
        var inCangnan = Unique("cn");
        await using var scope = database.Scope();
        var create = scope.ServiceProvider.GetRequiredService<CreateUser>();
        await create.HandleAsync(NationalAdmin, new CreateUserRequest(inPingyang, "平阳用户", "Passw0rd!", "330326", [Roles.Staff]));
        await create.HandleAsync(NationalAdmin, new CreateUserRequest(inCangnan, "苍南用户", "Passw0rd!", "330327", [Roles.Staff]));
        var list = scope.ServiceProvider.GetRequiredService<ListUsers>();

        var county = await list.HandleAsync(AdminOf("330326"), new ListUsersQuery(PageSize: 200));
        var city = await list.HandleAsync(AdminOf("330300"), new ListUsersQuery(PageSize: 200));

        Assert.Contains(county.Items, u => u.UserName == inPingyang);
        Assert.DoesNotContain(county.Items, u => u.UserName == inCangnan);
        Assert.All(county.Items, u => Assert.StartsWith("330326", u.RegionCode));
        Assert.Contains(city.Items, u => u.UserName == inCangnan);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            create.HandleAsync(AdminOf("330326"), new CreateUserRequest(Unique("x"), "越权", "Passw0rd!", "330327", [Roles.Staff])));
    }

    [Fact]
    public async Task UpdateUser_WithStaleVersion_IsAConflict()
    {
        await using var scope = database.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateUser>().HandleAsync(
            NationalAdmin, new CreateUserRequest(Unique("stale"), "李四", "Passw0rd!", "330326", [Roles.Staff]));
        var update = scope.ServiceProvider.GetRequiredService<UpdateUser>();

        await update.HandleAsync(NationalAdmin, created.Id, new UpdateUserRequest("李四一", "330326", [Roles.Staff], created.Version));

        await Assert.ThrowsAsync<ConflictException>(() =>
            update.HandleAsync(NationalAdmin, created.Id, new UpdateUserRequest("李四二", "330326", [Roles.Staff], created.Version)));
    }

    [Fact]
    public async Task CreateUser_BadInput_ReportsEveryFieldInChinese()
    {
        await using var scope = database.Scope();
        var create = scope.ServiceProvider.GetRequiredService<CreateUser>();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            create.HandleAsync(NationalAdmin, new CreateUserRequest("", " ", "short", "33x", ["boss"])));

        Assert.Equal(["displayName", "regionCode", "roles", "userName"], error.Errors.Keys.Order());
        Assert.Contains("请填写姓名", error.Errors["displayName"]);
    }
}
