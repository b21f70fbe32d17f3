using Kechuang.Tests.Architecture.Fixture.Contracts;
using Kechuang.Tests.Architecture.Fixture.Data;
using Kechuang.Tests.Architecture.Fixture.Enterprises;

namespace Kechuang.Tests.Architecture.Fixture.Demo;

/// <summary>Exempt: the demo seeds every module's tables.</summary>
public static class Seeder
{
    public static void Run(FixtureDbContext db)
    {
        db.Firms.Add(new Firm { Id = 1 });
        db.Deals.Add(new Deal { Id = 1, FirmId = 1 });
    }
}
