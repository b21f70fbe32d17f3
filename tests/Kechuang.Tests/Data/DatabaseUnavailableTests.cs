using Kechuang.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kechuang.Tests.Data;

/// <summary>A database that cannot be reached (a failover in progress) is told apart from a refused write (docs/deploy.md).</summary>
public class DatabaseUnavailableTests
{
    [Fact]
    public async Task AServerThatRefusesConnections_IsUnavailable_ARefusedWriteIsNot()
    {
        await using var connection = new NpgsqlConnection("Host=127.0.0.1;Port=1;Database=x;Username=u;Password=p;Timeout=2;Pooling=false");
        var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());

        Assert.True(DatabaseUnavailable.Is(refused));
        Assert.True(DatabaseUnavailable.Is(new InvalidOperationException("EF 的包装", refused)));
        var duplicate = new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);
        Assert.False(DatabaseUnavailable.Is(new DbUpdateException("重复", duplicate)));
        Assert.True(UniqueViolation.Is(new DbUpdateException("重复", duplicate)));
        Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("别的错误")));
    }
}
