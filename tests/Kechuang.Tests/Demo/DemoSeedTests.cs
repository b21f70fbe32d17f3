using Kechuang.Contracts;
using Kechuang.Demo;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Demo;

/// <summary>The demo bureau as a new user first sees it, whatever the date it is started on.</summary>
public sealed class DemoSeedTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Seed_EveryDeskHasContractsWaiting_OneOverdue()
    {
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<SeedDemoData>().HandleAsync();
        }

        await using var read = database.Scope();
        var staff = new Caller("s", "py_staff", new HashSet<string> { Roles.Staff }, RegionCode.Parse("330326"), null);
        var waiting = await read.ServiceProvider.GetRequiredService<ListWaitingContracts>().HandleAsync(staff);

        Assert.True(waiting.Count >= 3, $"{waiting.Count} contracts waiting");
        Assert.All(waiting, c => Assert.Equal(ContractStatus.Received, c.Status));
        Assert.Contains(waiting, c => c.DaysWaiting > ContractStatus.DecisionDays);
    }
}
