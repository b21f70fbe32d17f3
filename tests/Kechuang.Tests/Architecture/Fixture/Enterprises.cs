using Kechuang.Tests.Architecture.Fixture.Data;

namespace Kechuang.Tests.Architecture.Fixture.Enterprises;

public sealed class Firm
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
}

/// <summary>Allowed: a module reads its own table, and offers a named query to the others.</summary>
public static class FirmQueries
{
    public static int Count(FixtureDbContext db) => db.Firms.Count();
}
