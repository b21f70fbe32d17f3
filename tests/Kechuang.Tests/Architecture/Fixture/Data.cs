using Kechuang.Tests.Architecture.Fixture.Contracts;
using Kechuang.Tests.Architecture.Fixture.Enterprises;
using Kechuang.Tests.Architecture.Fixture.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Tests.Architecture.Fixture.Data;

/// <summary>A miniature of Kechuang's modules for <see cref="BoundaryRulesTests"/>: each Fixture.X namespace is module X.</summary>
public sealed class FixtureDbContext(DbContextOptions<FixtureDbContext> options) : DbContext(options)
{
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Firm> Firms => Set<Firm>();
    public DbSet<Deal> Deals => Set<Deal>();
}
