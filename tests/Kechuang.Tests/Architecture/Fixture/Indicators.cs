using Kechuang.Tests.Architecture.Fixture.Data;
using Kechuang.Tests.Architecture.Fixture.Demo;

namespace Kechuang.Tests.Architecture.Fixture.Indicators;

/// <summary>Violates rule 2: demo data outside startup.</summary>
public static class UsesDemo
{
    public static void Seed(FixtureDbContext db) => Seeder.Run(db);
}
