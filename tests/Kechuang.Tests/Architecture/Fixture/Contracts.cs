using Kechuang.Tests.Architecture.Fixture.Data;
using Kechuang.Tests.Architecture.Fixture.Enterprises;

namespace Kechuang.Tests.Architecture.Fixture.Contracts;

public sealed class Deal
{
    public int Id { get; init; }
    public int FirmId { get; init; }
}

/// <summary>Violates rule 3 through a DbSet property of another module's entity.</summary>
public static class PeeksAtFirms
{
    public static int Count(FixtureDbContext db) => db.Firms.Count();
}

/// <summary>Violates rule 3 through DbContext.Set&lt;T&gt;().</summary>
public static class SetsFirms
{
    public static int Count(FixtureDbContext db) => db.Set<Firm>().Count();
}

/// <summary>Allowed: asks the owning module, and reads kernel and own tables.</summary>
public static class AsksFirmQueries
{
    public static int Count(FixtureDbContext db) => FirmQueries.Count(db) + db.Places.Count() + db.Deals.Count();
}
