using Kechuang.Tests.Architecture.Fixture.Contracts;
using Kechuang.Tests.Architecture.Fixture.Data;
using Kechuang.Tests.Architecture.Fixture.Regions;

namespace Kechuang.Tests.Architecture.Fixture.Reports;

/// <summary>Violates rule 1 (platform references a feature module) and rule 3 (another module's entity).</summary>
public sealed class LeakySection
{
    public Deal? Latest { get; init; }
}

/// <summary>Allowed: the platform may use the kernel.</summary>
public static class CleanSection
{
    public static List<Place> Places(FixtureDbContext db) => db.Places.ToList();
}
