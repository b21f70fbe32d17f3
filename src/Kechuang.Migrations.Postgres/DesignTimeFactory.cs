using Kechuang.Audit;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Kechuang.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model; no server is contacted.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KechuangDbContext>
{
    public KechuangDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options(DatabaseTarget.Parse("Host=localhost;Database=kechuang"), new SystemUser(), TimeProvider.System));
}
