using System.Text;
using Kechuang.Common.Excel;
using Kechuang.Contracts;
using Kechuang.Contracts.Import;
using Kechuang.Data;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Kechuang.Tests.Contracts.ContractBuilder;

namespace Kechuang.Tests.Contracts;

public sealed class SqliteContractImportTests(SqliteTestDatabase db) : ContractImportTests<SqliteTestDatabase>(db);

public sealed class PostgresContractImportTests(PostgresTestDatabase db) : ContractImportTests<PostgresTestDatabase>(db);

/// <summary>CSV and .xlsx import on each provider: upsert by number, all or nothing, row errors, the rollup kept exact.</summary>
public abstract class ContractImportTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private async Task<ImportReport> ImportAsync(Stream file, ImportOptions? options = null, Caller? caller = null)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ImportContracts>().HandleAsync(caller ?? Admin, file, options ?? new ImportOptions());
    }

    private async Task<T> QueryAsync<T>(Func<KechuangDbContext, Task<T>> query)
    {
        await using var scope = database.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<KechuangDbContext>());
    }

    private Task<int> CountAsync(string region) => QueryAsync(db => db.TechContracts.CountAsync(c => c.SellerRegionCode == region));

    private Task<TechContract?> FindAsync(string number) => QueryAsync(db => db.TechContracts.AsNoTracking().SingleOrDefaultAsync(c => c.RegistrationNo == number));

    /// <summary>The rollup must equal a GROUP BY over the registered contracts, whatever was imported or updated.</summary>
    private async Task AssertRollupExactAsync()
    {
        var (rollup, computed) = await QueryAsync(async db =>
        {
            var stats = await db.ContractMonthStats.AsNoTracking().Where(s => s.Count > 0).ToListAsync();
            var contracts = await db.TechContracts.AsNoTracking().Where(c => c.Status == ContractStatus.Registered).ToListAsync();
            return (stats.Select(s => (s.RegionCode, s.Period, s.Type, s.Count, s.Turnover, s.TechTransaction)).Order().ToList(),
                contracts.GroupBy(c => (c.SellerRegionCode, c.RegisteredPeriod!.Value, c.Type))
                    .Select(g => (g.Key.SellerRegionCode, g.Key.Value, g.Key.Type, g.Count(), g.Sum(c => c.Turnover), g.Sum(c => c.TechTransaction))).Order().ToList());
        });
        Assert.Equal(computed, rollup);
    }

    [Fact]
    public async Task Import_GoodCsv_CreatesRegisteredAndReceived_ThenUpsertsByNumber()
    {
        var (a, b) = (NewNumber(), NewNumber());
        var seller = NewUscc("330381");
        var lines = new[]
        {
            Line(a, new DateOnly(2025, 2, 1), "330381", 1000.5m, 800m, sellerUscc: seller),
            Line(b, new DateOnly(2025, 3, 1), "330381", 2000m, 2000m, "技术服务/技术培训"),
            Line(null, null, "330381", 300m, 100m, "技术许可"),
        };

        var first = await ImportAsync(Csv(lines));
        var second = await ImportAsync(Csv([lines[0], Line(b, new DateOnly(2025, 4, 1), "330381", 2500m, 2000m, "技术服务/技术培训")]));

        Assert.Equal((3, 3, 0, 0, 0, true), (first.RowsRead, first.Created, first.Updated, first.Unchanged, first.BadRows, first.Written));
        Assert.Equal((2, 0, 1, 1, true), (second.RowsRead, second.Created, second.Updated, second.Unchanged, second.Written));
        var storedA = (await FindAsync(a))!;
        Assert.Equal((ContractStatus.Registered, 1000.5m, 800m, "development_commissioned", seller, "新型材料\"联合\"开发合同", 202502, 0),
            (storedA.Status, storedA.Turnover, storedA.TechTransaction, storedA.Type, storedA.SellerUscc, storedA.Name, storedA.RegisteredPeriod, storedA.Version));
        var storedB = (await FindAsync(b))!;
        Assert.Equal((2500m, new DateOnly(2025, 4, 1), 1), (storedB.Turnover, storedB.DecidedOn!.Value, storedB.Version));
        Assert.Equal(3, await CountAsync("330381"));
        await AssertRollupExactAsync();
        var stats = await QueryAsync(db => db.ContractMonthStats.Where(s => s.RegionCode == "330381").OrderBy(s => s.Period).Select(s => s.Period).ToListAsync());
        Assert.Equal([202502, 202504], stats);
    }

    [Fact]
    public async Task Import_BadRows_WritesNothing_AndSaysRowColumnValueReason()
    {
        var good = Line(NewNumber(), new DateOnly(2025, 2, 1), "330382");
        var badUscc = NewUscc("330382")[..17] + "Z";
        var lines = new[]
        {
            good,
            Line(NewNumber(), new DateOnly(2025, 2, 1), "330382", 100m, 200m),
            Line(NewNumber(), new DateOnly(2025, 2, 1), "330382", 0m, 0m),
            Line(NewNumber(), new DateOnly(2025, 2, 1), "330382", sellerUscc: badUscc),
            Line(NewNumber(), null, "330382"),
            Line(null, null, "330382", type: "技术研发"),
            Line(null, null, "330382", received: new DateOnly(2025, 1, 4)),
            Line(null, null, "330382").Replace("2025-01-05", "5/1/2025", StringComparison.Ordinal),
        };

        var report = await ImportAsync(Csv(lines));

        Assert.Equal((8, 7, false, 0), (report.RowsRead, report.BadRows, report.Written, report.Created));
        Assert.Equal(0, await CountAsync("330382"));
        Assert.Contains(report.Errors, e => e is { Row: 3, Column: "技术交易额", Value: "200" } && e.Reason.Contains("不能大于合同成交额", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e is { Row: 4, Column: "合同成交额", Value: "0" } && e.Reason == "合同成交额必须大于0");
        Assert.Contains(report.Errors, e => e is { Row: 5, Column: "卖方统一社会信用代码" } && e.Value == badUscc && e.Reason.Contains("不是合法字符", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e is { Row: 6, Column: "登记日期" } && e.Reason.Contains("同时填写", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e is { Row: 7, Column: "合同类别", Value: "技术研发" });
        Assert.Contains(report.Errors, e => e is { Row: 8, Column: "签订日期" } && e.Reason.Contains("不能晚于受理日期", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e is { Row: 9, Column: "签订日期", Value: "5/1/2025" } && e.Reason.Contains("日期格式", StringComparison.Ordinal));
        Assert.Single(report.Errors, e => e.Row == 9);
        Assert.Contains("未写入任何数据", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DuplicateNumberInFile_IsRefused_KeepGoodRowsWritesTheFirst()
    {
        var number = NewNumber();
        var lines = new[] { Line(number, new DateOnly(2025, 5, 1), "330383", 100m, 50m), Line(NewNumber(), new DateOnly(2025, 5, 2), "330383"), Line(number, new DateOnly(2025, 5, 3), "330383", 999m, 50m) };

        var strict = await ImportAsync(Csv(lines));
        var lenient = await ImportAsync(Csv(lines), new ImportOptions(KeepGoodRows: true));

        Assert.Equal([new ImportError(4, "登记编号", number, "与第 2 行的登记编号重复")], strict.Errors);
        Assert.False(strict.Written);
        Assert.Equal((2, 1, true), (lenient.Created, lenient.BadRows, lenient.Written));
        Assert.Equal(100m, (await FindAsync(number))!.Turnover);
        await AssertRollupExactAsync();
    }

    [Fact]
    public async Task Import_NumberRegisteredByAnotherRegion_IsRefusedForACountyUser()
    {
        var number = NewNumber();
        Assert.True((await ImportAsync(Csv([Line(number, new DateOnly(2025, 6, 1), "330302")]))).Written);

        var report = await ImportAsync(Csv([Line(number, new DateOnly(2025, 6, 1), "330303")]), caller: As(Roles.Staff, "330303"));
        var outside = await ImportAsync(Csv([Line(null, null, "330302")]), caller: As(Roles.Staff, "330303"));

        Assert.Equal([new ImportError(2, "登记编号", number, "该登记编号的合同由其他辖区登记，当前账号不能修改")], report.Errors);
        Assert.Equal("330302", (await FindAsync(number))!.SellerRegionCode);
        Assert.Contains(outside.Errors, e => e.Column == "卖方地区代码" && e.Reason.Contains("本辖区", StringComparison.Ordinal));
        await Assert.ThrowsAsync<Kechuang.Common.ForbiddenException>(() => ImportAsync(Csv([Line(null, null, "330303")]), caller: As(Roles.Leader, "330303")));
    }

    /// <summary>
    /// More rows than one write batch: a duplicate far from its first row is found through the register (a created
    /// row's id, a pre-existing contract already met), and on SQLite the secondary indexes dropped for a large file
    /// are back after a rollback and after a commit.
    /// </summary>
    [Fact]
    public async Task Import_LargeFile_FindsDuplicatesAcrossBatches_UpdatesAndKeepsIndexes()
    {
        const int count = 3 * ContractUpsert.BatchSize + 100;
        const string region = "330327";
        var indexes = await IndexesAsync();
        var numbers = Enumerable.Range(0, count).Select(_ => NewNumber()).ToList();
        var lines = numbers.Select((n, i) => Line(n, new DateOnly(2025, 1 + (i % 12), 10), region, 1000m + i, 500m)).ToList();

        var strict = await ImportAsync(Csv([.. lines, Line(numbers[0], new DateOnly(2025, 3, 1), region)]));
        var kept = await ImportAsync(Csv([.. lines, Line(numbers[0], new DateOnly(2025, 3, 1), region)]), new ImportOptions(KeepGoodRows: true));

        Assert.Equal([new ImportError(count + 2, "登记编号", numbers[0], "与第 2 行的登记编号重复")], strict.Errors);
        Assert.Equal((count, 1, true), (kept.Created, kept.BadRows, kept.Written));
        Assert.Equal(count, await CountAsync(region));
        Assert.Equal(indexes, await IndexesAsync());

        var changed = lines.Select((l, i) => i % 2 == 0 ? Line(numbers[i], new DateOnly(2025, 12 - (i % 12), 11), region, 2000m + i, 600m) : l).ToList();
        var again = await ImportAsync(Csv([.. changed, Line(numbers[1], new DateOnly(2025, 3, 1), region)]), new ImportOptions(KeepGoodRows: true));

        Assert.Equal((0, (count + 1) / 2, count / 2, 1), (again.Created, again.Updated, again.Unchanged, again.BadRows));
        Assert.Equal([new ImportError(count + 2, "登记编号", numbers[1], "与第 3 行的登记编号重复")], again.Errors);
        Assert.Equal((2000m, 600m, 202512), ((await FindAsync(numbers[0]))!.Turnover, (await FindAsync(numbers[0]))!.TechTransaction, (await FindAsync(numbers[0]))!.RegisteredPeriod!.Value));
        Assert.Equal(count, await CountAsync(region));
        Assert.Equal(indexes, await IndexesAsync());
        await AssertRollupExactAsync();
    }

    /// <summary>
    /// The secondary indexes of a large file's import, seen inside its transaction: dropped while it writes, back before
    /// the commit. On PostgreSQL dropping them waits for the register's readers; with a reader's transaction open the
    /// import gives up after a short wait and writes with the indexes in place, rather than queue every later reader
    /// behind it. SQLite's readers keep their snapshot, so there the reader does not stop the rebuild.
    /// </summary>
    [Fact]
    public async Task LargeFile_DropsTheSecondaryIndexesUnlessAReaderHoldsTheRegister()
    {
        string[] secondary = ["IX_TechContracts_SellerRegionCode_Status_ReceivedOn", "IX_TechContracts_SellerUscc"];
        var all = await IndexesAsync();
        var rebuilt = await WriterIndexesAsync(readerOpen: false);
        var whileRead = await WriterIndexesAsync(readerOpen: true);

        Assert.Subset(all.Split(',').ToHashSet(), secondary.ToHashSet());
        Assert.Equal((string.Join(",", all.Split(',').Except(secondary)), all), (rebuilt.During, rebuilt.After));
        Assert.Equal((database is PostgresTestDatabase ? all : rebuilt.During, all), (whileRead.During, whileRead.After));
        Assert.Equal(all, await IndexesAsync());
    }

    /// <summary>Starts a writer for a 100 MB file (more rows than the register holds) and lists the indexes after it started and after it finished.</summary>
    private async Task<(string During, string After)> WriterIndexesAsync(bool readerOpen)
    {
        await using var readerScope = database.Scope();
        var reader = readerScope.ServiceProvider.GetRequiredService<KechuangDbContext>().Database.GetDbConnection();
        await reader.OpenAsync();
        // A reader's transaction: SQLite's deferred BEGIN takes no write lock until it writes.
        await using var read = !readerOpen ? null : reader is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : await reader.BeginTransactionAsync();
        if (read is not null)
        {
            await using var query = reader.CreateCommand();
            query.Transaction = read;
            query.CommandText = """SELECT COUNT(*) FROM "TechContracts" """;
            await query.ExecuteScalarAsync();
        }
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();
        string during;
        await using (var writer = await ContractWriter.CreateAsync(connection, transaction.GetDbTransaction(), DateTimeOffset.UtcNow, 100L * 1024 * 1024, default))
        {
            during = await IndexesAsync(db);
            await writer.FinishAsync([], default);
        }
        var after = await IndexesAsync(db);
        await transaction.RollbackAsync();
        return (during, after);
    }

    private Task<string> IndexesAsync() => QueryAsync(IndexesAsync);

    private static async Task<string> IndexesAsync(KechuangDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = db.Database.IsSqlite()
            ? "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'TechContracts' ORDER BY name)"
            : "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'TechContracts'";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Import_DryRun_ReportsButWritesNothing()
    {
        var report = await ImportAsync(Csv([Line(NewNumber(), new DateOnly(2025, 7, 1), "330324")]), new ImportOptions(DryRun: true));

        Assert.Equal((1, false, true), (report.Created, report.Written, report.DryRun));
        Assert.Equal(0, await CountAsync("330324"));
        Assert.Equal(0, await QueryAsync(db => db.ContractMonthStats.CountAsync(s => s.RegionCode == "330324")));
    }

    [Fact]
    public async Task Import_Xlsx_WithCellsAsExcelMakesThem()
    {
        var number = NewNumber();
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object?>
            {
                ["登记编号"] = number, ["合同名称"] = "表格导入合同", ["合同类别"] = "技术咨询", ["卖方名称"] = "卖方", ["卖方统一社会信用代码"] = NewUscc("330328"),
                ["卖方地区代码"] = 330328, ["买方名称"] = "买方", ["买方统一社会信用代码"] = null, ["买方地区代码"] = null,
                ["签订日期"] = new DateTime(2025, 8, 1), ["受理日期"] = new DateTime(2025, 8, 2), ["登记日期"] = "2025/8/20",
                ["合同成交额"] = 12345.67, ["技术交易额"] = 10000,
            },
        });
        stream.Position = 0;

        var report = await ImportAsync(stream);

        Assert.True(report.Written, string.Join("；", report.Errors.Select(e => e.Reason)));
        var stored = (await FindAsync(number))!;
        Assert.Equal((12345.67m, 10000m, new DateOnly(2025, 8, 20), "consulting"), (stored.Turnover, stored.TechTransaction, stored.DecidedOn!.Value, stored.Type));
    }

    [Fact]
    public async Task Import_FileProblems_AreRefusedOnFile()
    {
        async Task<string> Problem(byte[] bytes)
        {
            var e = await Assert.ThrowsAsync<Kechuang.Common.ValidationFailedException>(() => ImportAsync(new MemoryStream(bytes)));
            return e.Errors["file"][0];
        }

        Assert.Contains("缺少必需的列：合同类别", await Problem(Encoding.UTF8.GetBytes("合同名称,卖方名称\n甲,乙\n")), StringComparison.Ordinal);
        Assert.Contains("UTF-8", await Problem([.. Encoding.UTF8.GetBytes(Header + "\n"), 0xBA, 0xCF, 0xCD, 0xAC, (byte)'\n']), StringComparison.Ordinal);
        Assert.Contains("没有数据行", await Problem(Encoding.UTF8.GetBytes(Header + "\n")), StringComparison.Ordinal);
        Assert.Contains("0 字节", await Problem([]), StringComparison.Ordinal);
    }
}
