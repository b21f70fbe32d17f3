using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Enterprises;

/// <summary>
/// PostgreSQL's one- and two-character name index is an expression index under the "C" collation (ADR 0009): the
/// search's condition must be written as the index is, or the planner reads every name instead. SQLite has its own
/// index (<see cref="NameGramsTests"/>).
/// </summary>
public sealed class NameGramsIndexTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task GramCondition_IsAnsweredByTheIndex()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // A test register is small enough for a sequential scan to win; the question is whether the index can serve.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = "EXPLAIN SELECT 1 FROM \"Enterprises\" WHERE " + NameGrams.GramMatch;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "gram";
        parameter.Value = "科技";
        command.Parameters.Add(parameter);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("Bitmap Index Scan on \"IX_Enterprises_Name_grams\"", StringComparison.Ordinal));
    }
}
