using Kechuang.Tests.Architecture.Fixture.Data;
using Kechuang.Tests.Architecture.Fixture.Demo;

namespace Kechuang.Tests.Architecture.Fixture.Web;

/// <summary>Allowed by name to use the demo (as Kechuang.Web.Hosting.StartupInitializer is).</summary>
public static class Startup
{
    public static async Task SeedAsync(FixtureDbContext db)
    {
        await Task.Yield();
        Seeder.Run(db);
    }
}

/// <summary>Violates rule 3 from the host, inside a lambda (a compiler-generated closure class).</summary>
public static class FirmEndpoint
{
    public static Func<FixtureDbContext, int> Handler => db => db.Firms.Count(f => f.Name.Length > 0);
}
