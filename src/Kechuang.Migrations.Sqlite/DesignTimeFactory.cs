using Kechuang.Audit;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Kechuang.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model; the file is never opened.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KechuangDbContext>
{
    public KechuangDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options(DatabaseTarget.Parse("design-time.db"), new SystemUser(), TimeProvider.System));
}
