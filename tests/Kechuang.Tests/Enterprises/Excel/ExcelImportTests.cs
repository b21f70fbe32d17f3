using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Excel;
using Kechuang.Regions;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Kechuang.Tests.Enterprises.Excel;

public sealed class SqliteExcelImportTests(SqliteTestDatabase db) : ExcelImportTests<SqliteTestDatabase>(db);

public sealed class PostgresExcelImportTests(PostgresTestDatabase db) : ExcelImportTests<PostgresTestDatabase>(db);

/// <summary>Excel in and out on each provider: upsert, all-or-nothing, exact row errors, region scoping, round trip.</summary>
public abstract class ExcelImportTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly Caller Admin = new("n/a", "admin", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    private static Caller As(string role, string region) =>
        new($"{role}-{region}", $"{role}-{region}", new HashSet<string> { role }, RegionCode.Parse(region), null);

    private async Task<ImportReport> ImportAsync<THandler>(Stream xlsx, ImportOptions? options = null, Caller? caller = null, IProgress<ImportProgress>? progress = null)
        where THandler : IExcelImport
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<THandler>().HandleAsync(caller ?? Admin, xlsx, options ?? new ImportOptions(), progress);
    }

    private async Task<T> QueryAsync<T>(Func<KechuangDbContext, Task<T>> query)
    {
        await using var scope = database.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<KechuangDbContext>());
    }

    private Task<Enterprise?> FindAsync(string uscc) => QueryAsync(db => db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Uscc == uscc));

    private Task<int> CountAsync(params string[] usccs) => QueryAsync(db => db.Enterprises.CountAsync(e => usccs.Contains(e.Uscc)));

    private async Task<string> RegisteredAsync(string region = "330326")
    {
        var uscc = Sheets.NewUscc(region);
        Assert.Empty((await ImportAsync<ImportEnterprises>(Sheets.Xlsx(Sheets.Enterprise(uscc, region)))).Errors);
        return uscc;
    }

    [Fact]
    public async Task ImportEnterprises_GoodFile_CreatesThenUpdatesByUscc()
    {
        var (a, b, c) = (Sheets.NewUscc(), Sheets.NewUscc(), Sheets.NewUscc());
        // Cells as people type them: a code as a number, a date as text, lower-case USCC.
        var rowA = Sheets.Enterprise(a.ToLowerInvariant(), name: "甲科技有限公司").With("所属区县代码", 330326).With("成立日期", "2018/5/20");
        var rowB = Sheets.Enterprise(b, name: "乙科技有限公司").With("乡镇街道代码", 330326100).With("是否规上", "否");

        var first = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(rowA, rowB));
        var second = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(rowA.With("企业名称", "甲科技股份有限公司"), rowB, Sheets.Enterprise(c)));

        Assert.Equal((2, 2, 0, 0, true), (first.RowsRead, first.Created, first.Updated, first.Skipped, first.Written));
        Assert.Empty(first.Errors);
        Assert.Equal((3, 1, 1, 1), (second.RowsRead, second.Created, second.Updated, second.Unchanged));
        var storedA = (await FindAsync(a))!;
        var storedB = (await FindAsync(b))!;
        Assert.Equal(("甲科技股份有限公司", "330326", new DateOnly(2018, 5, 20), true, 1), (storedA.Name, storedA.RegionCode, storedA.FoundedOn!.Value, storedA.AboveScale, storedA.Version));
        Assert.Equal(("330326100", false, 0), (storedB.TownCode, storedB.AboveScale, storedB.Version));
        Assert.NotNull(await FindAsync(c));
    }

    /// <summary>
    /// New rows go in through prepared statements, not SaveChanges (ADR 0023): the stored row, its audit row and the
    /// register change must be what SaveChanges writes for the same record.
    /// </summary>
    [Fact]
    public async Task ImportEnterprises_NewRows_AreStoredAsSaveChangesStoresThem()
    {
        var (imported, saved) = (Sheets.NewUscc(), Sheets.NewUscc());
        var changesBefore = await QueryAsync(db => db.Set<Kechuang.Indicators.Derived.RegisterChange>().CountAsync());
        var report = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(Sheets.Enterprise(imported, name: "丙科技有限公司").With("成立日期", "2019-07-01").With("是否规上", "是")));
        Assert.Equal(1, report.Created);
        Assert.Equal(changesBefore + 1, await QueryAsync(db => db.Set<Kechuang.Indicators.Derived.RegisterChange>().CountAsync()));

        // The same record, with another key and code, through SaveChanges.
        var twin = (await FindAsync(imported))!;
        var twinId = Guid.NewGuid();
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
            var values = db.Entry(twin).CurrentValues.Clone();
            values["Id"] = twinId;
            values["Uscc"] = saved;
            db.Enterprises.Add((Enterprise)values.ToObject());
            await db.SaveChangesAsync();
        }

        var rows = await QueryAsync(async db =>
        {
            var ids = new[] { twin.Id.ToString(), twinId.ToString() };
            var stored = new List<string>();
            foreach (var uscc in new[] { imported, saved })
            {
                stored.Add(await RawAsync(db, """SELECT * FROM "Enterprises" WHERE "Uscc" = @p""", uscc));
                stored.Add(await RawAsync(db, """SELECT "UserName", "UserRegion", "EntityType", "Action", "At", "Before", "After" FROM "AuditEntries" WHERE "EntityType" = 'Enterprise' AND "After" LIKE @p""", $"%{uscc}%"));
            }
            return stored.Select(s => s.Replace(imported, "USCC").Replace(saved, "USCC")
                .Replace(twin.Id.ToString(), "ID", StringComparison.OrdinalIgnoreCase).Replace(twinId.ToString(), "ID", StringComparison.OrdinalIgnoreCase)).ToList();
        });
        Assert.Contains("丙科技有限公司", rows[0]);
        Assert.Contains("\"Name\":\"丙科技有限公司\"", rows[1]);
        Assert.Equal(rows[0], rows[2]);
        Assert.Equal(rows[1], rows[3]);
    }

    /// <summary>Every column of the one row a query returns, as the database returns it, joined.</summary>
    private static async Task<string> RawAsync(KechuangDbContext db, string sql, string parameter)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var p = command.CreateParameter();
        (p.ParameterName, p.Value) = ("@p", parameter);
        command.Parameters.Add(p);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var values = Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}:{reader.GetFieldType(i).Name}");
        var row = string.Join("|", values);
        Assert.False(await reader.ReadAsync());
        return row;
    }

    [Fact]
    public async Task ImportEnterprises_BadUscc_WritesNothing_AndSaysRowColumnValueReason()
    {
        var (good, bad) = (Sheets.NewUscc(), Sheets.BadCheck(Sheets.NewUscc()));

        var report = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(Sheets.Enterprise(good), Sheets.Enterprise(bad)));

        Assert.Equal([new ImportError(3, "统一社会信用代码", bad, Uscc.Problem(bad)!)], report.Errors);
        Assert.Equal((0, 2, false), (report.Created, report.Skipped, report.Written));
        Assert.Equal(0, await CountAsync(good));
    }

    [Fact]
    public async Task ImportEnterprises_UnknownRegionAndUnreadableDate_AreReportedPerCell()
    {
        var (good, other) = (Sheets.NewUscc(), Sheets.NewUscc());

        var report = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(
            Sheets.Enterprise(good),
            Sheets.Enterprise(other).With("所属区县代码", "339999").With("成立日期", "去年")));

        Assert.Equal(
            [
                new ImportError(3, "成立日期", "去年", "日期格式不正确：应为 yyyy-MM-dd（如 2018-05-20）或 Excel 日期"),
                new ImportError(3, "所属区县代码", "339999", "行政区划代码 339999 不存在"),
            ],
            report.Errors);
        Assert.Equal(0, await CountAsync(good, other));
    }

    [Fact]
    public async Task ImportYearFacts_TechStaffAboveStaffAndNegativeSales_WritesNothing()
    {
        var uscc = await RegisteredAsync();

        var report = await ImportAsync<ImportYearFacts>(Sheets.Xlsx(
            Sheets.Facts(uscc, 2023),
            Sheets.Facts(uscc, 2024, staff: 100, techStaff: 150),
            Sheets.Facts(uscc, 2025, sales: -5m)));

        Assert.Equal(
            [
                new ImportError(3, "科技人员数", "150", "科技人员数 150 不能多于从业人员数 100"),
                new ImportError(4, "销售收入（元）", "-5", "销售收入不能为负数"),
            ],
            report.Errors);
        Assert.Equal(0, await QueryAsync(db => db.EnterpriseYears.CountAsync(f => db.Enterprises.Any(e => e.Id == f.EnterpriseId && e.Uscc == uscc))));
    }

    [Fact]
    public async Task ImportEnterprises_KeepGoodRows_WritesTheGoodOnes()
    {
        var (good1, good2, bad) = (Sheets.NewUscc(), Sheets.NewUscc(), Sheets.NewUscc());

        var report = await ImportAsync<ImportEnterprises>(
            Sheets.Xlsx(Sheets.Enterprise(good1), Sheets.Enterprise(bad).With("企业名称", null), Sheets.Enterprise(good2)),
            new ImportOptions(KeepGoodRows: true));

        Assert.Equal([new ImportError(3, "企业名称", null, "请填写企业名称")], report.Errors);
        Assert.Equal((3, 2, 1, true), (report.RowsRead, report.Created, report.Skipped, report.Written));
        Assert.Equal(2, await CountAsync(good1, good2, bad));
    }

    [Fact]
    public async Task ImportEnterprises_DryRun_ReportsButWritesNothing()
    {
        var (a, b) = (Sheets.NewUscc(), Sheets.NewUscc());

        var report = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(Sheets.Enterprise(a), Sheets.Enterprise(b)), new ImportOptions(DryRun: true));

        Assert.Equal((2, 2, true, false), (report.RowsRead, report.Created, report.DryRun, report.Written));
        Assert.Empty(report.Errors);
        Assert.Equal(0, await CountAsync(a, b));
    }

    [Fact]
    public async Task ImportEnterprises_DuplicateUsccInFile_IsARowError()
    {
        var uscc = Sheets.NewUscc();

        var report = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(Sheets.Enterprise(uscc), Sheets.Enterprise(uscc.ToLowerInvariant())));

        Assert.Equal([new ImportError(3, "统一社会信用代码", uscc.ToLowerInvariant(), "与第 2 行的统一社会信用代码重复")], report.Errors);
        Assert.Equal(0, await CountAsync(uscc));
    }

    public static TheoryData<string, string> FileProblems => new()
    {
        { "missing-column", "缺少必需的列：成立日期" },
        { "not-xlsx", "不是有效的 Excel（.xlsx）文件" },
        { "empty-file", "文件是空的" },
        { "header-only", "没有数据行" },
        { "empty-sheet", "表格是空的" },
    };

    [Theory]
    [MemberData(nameof(FileProblems))]
    public async Task ImportEnterprises_FileProblems_AreValidationErrorsOnFile(string problem, string expected)
    {
        var uscc = Sheets.NewUscc();
        Stream file = problem switch
        {
            "missing-column" => Sheets.Xlsx(Sheets.Enterprise(uscc).Without("成立日期")),
            "not-xlsx" => new MemoryStream("企业名称,统一社会信用代码\n甲,1"u8.ToArray()),
            "empty-file" => new MemoryStream(),
            "header-only" => HeaderOnly(),
            _ => Sheets.Xlsx(),
        };

        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => ImportAsync<ImportEnterprises>(file));

        Assert.Contains(expected, Assert.Single(e.Errors["file"]));
        Assert.Equal(["file"], e.Errors.Keys);
        Assert.Equal(0, await CountAsync(uscc));
    }

    [Fact]
    public async Task ImportEnterprises_MissingColumn_NamesTheColumnsFound()
    {
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            ImportAsync<ImportEnterprises>(Sheets.Xlsx(new Dictionary<string, object?> { ["公司名"] = "甲", ["信用代码"] = "x" })));

        Assert.Equal("缺少必需的列：企业名称、统一社会信用代码、所属区县代码、成立日期。文件第 1 行的列名为：公司名、信用代码。请使用导入模板中的列名，列名须在第 1 行。", e.Errors["file"][0]);
    }

    [Fact]
    public async Task ImportEnterprises_CountyStaff_CannotTouchAnotherCounty()
    {
        var pingyang = await RegisteredAsync("330326");
        var newcomer = Sheets.NewUscc("330326");
        var cangnanStaff = As(Roles.Staff, "330327");

        var report = await ImportAsync<ImportEnterprises>(
            Sheets.Xlsx(Sheets.Enterprise(pingyang, name: "改名"), Sheets.Enterprise(newcomer), Sheets.Enterprise(Sheets.NewUscc("330327"), "330327")),
            caller: cangnanStaff);

        Assert.Equal(
            [
                new ImportError(2, "统一社会信用代码", pingyang, "该统一社会信用代码已登记在其他辖区的企业名下，当前账号不能修改"),
                new ImportError(3, "所属区县代码", "330326", "当前账号只能导入本辖区（330327）的企业"),
            ],
            report.Errors);
        Assert.Equal("平阳测试科技有限公司", (await FindAsync(pingyang))!.Name);
        Assert.Equal(0, await CountAsync(newcomer));
    }

    [Fact]
    public async Task Import_Leader_IsForbidden()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            ImportAsync<ImportEnterprises>(Sheets.Xlsx(Sheets.Enterprise(Sheets.NewUscc())), caller: As(Roles.Leader, "330300")));
    }

    [Fact]
    public async Task ExportEnterprises_ThenImportTheFile_ChangesNothing()
    {
        var usccs = new[] { Sheets.NewUscc("330381"), Sheets.NewUscc("330381") };
        await ImportAsync<ImportEnterprises>(Sheets.Xlsx(
            Sheets.Enterprise(usccs[0], "330381", "瑞安导出一有限公司").With("乡镇街道代码", null).With("地址", null),
            Sheets.Enterprise(usccs[1], "330381", "瑞安导出二有限公司").With("是否规上", "否")));
        var exported = new MemoryStream();

        int count;
        await using (var scope = database.Scope())
        {
            count = await scope.ServiceProvider.GetRequiredService<ExportEnterprises>().HandleAsync(Admin, "330381", exported);
        }
        exported.Position = 0;
        var headers = MiniExcel.GetColumns(exported, useHeaderRow: true).Cast<string>().ToList();
        exported.Position = 0;
        var report = await ImportAsync<ImportEnterprises>(exported);

        Assert.Equal(EnterpriseColumns.All.Select(c => c.Header), headers);
        Assert.True(count >= 2);
        Assert.Empty(report.Errors);
        Assert.Equal((count, 0, 0, count), (report.RowsRead, report.Created, report.Updated, report.Unchanged));
    }

    [Fact]
    public async Task ImportYearFacts_CreatesThenUpdates_ExactMoney_MissingOptionalColumnKeepsStored()
    {
        var uscc = await RegisteredAsync();
        var first = Sheets.Facts(uscc, 2024, staff: "120", sales: "12,345,678.91").With("净资产（元）", -3_000.5m);
        var second = Sheets.Facts(uscc, 2024, staff: 130, sales: 12_345_678.91m).Without("净资产（元）");

        var created = await ImportAsync<ImportYearFacts>(Sheets.Xlsx(first));
        var updated = await ImportAsync<ImportYearFacts>(Sheets.Xlsx(second));
        var stored = await QueryAsync(db => db.EnterpriseYears.AsNoTracking().SingleAsync(f => db.Enterprises.Any(e => e.Id == f.EnterpriseId && e.Uscc == uscc)));

        Assert.Equal((1, 0), (created.Created, created.Errors.Count));
        Assert.Equal((0, 1, 0), (updated.Created, updated.Updated, updated.Errors.Count));
        Assert.Equal((2024, 130, 12_345_678.91m, -3_000.5m, 1), (stored.Year, stored.Staff, stored.SalesRevenue, stored.NetAssets, stored.Version));
    }

    [Fact]
    public async Task ImportYearFacts_UnknownEnterpriseAndDuplicateYear_AreRowErrors()
    {
        var uscc = await RegisteredAsync();
        var stranger = Sheets.NewUscc();

        var report = await ImportAsync<ImportYearFacts>(Sheets.Xlsx(Sheets.Facts(uscc, 2024), Sheets.Facts(stranger, 2024), Sheets.Facts(uscc, 2024)));

        Assert.Equal(
            [
                new ImportError(3, "统一社会信用代码", stranger, "本辖区企业库中没有该统一社会信用代码的企业，请先导入或登记该企业"),
                new ImportError(4, "年度", "2024", "与第 2 行是同一企业的同一年度"),
            ],
            report.Errors);
    }

    [Fact]
    public async Task ImportQualifications_DefaultsExpiry_UpdatesByNumber_RejectsAnotherEnterprisesNumber()
    {
        var (own, other) = (await RegisteredAsync(), await RegisteredAsync());
        var number = "GR2024" + Guid.NewGuid().ToString("N")[..8];

        var created = await ImportAsync<ImportQualifications>(Sheets.Xlsx(Sheets.Title(own, number)));
        var corrected = await ImportAsync<ImportQualifications>(Sheets.Xlsx(Sheets.Title(own, number, new DateTime(2024, 12, 10))));
        var stolen = await ImportAsync<ImportQualifications>(Sheets.Xlsx(Sheets.Title(other, number), Sheets.Title(own, number)));
        var stored = await QueryAsync(db => db.Qualifications.AsNoTracking().SingleAsync(q => q.Number == number));

        Assert.Equal((1, 0), (created.Created, created.Errors.Count));
        Assert.Equal(1, corrected.Updated);
        Assert.Equal(
            [
                new ImportError(2, "证书编号", number, $"高新技术企业证书编号 {number} 已登记在另一家企业名下"),
                new ImportError(3, "证书编号", number, "与第 2 行的资质类型和证书编号重复"),
            ],
            stolen.Errors);
        Assert.Equal((new DateOnly(2024, 12, 10), new DateOnly(2027, 12, 10)), (stored.IssuedOn, stored.ExpiresOn!.Value));
    }

    [Fact]
    public async Task ImportEnterprises_ThousandsOfRows_AreSavedInBatchesInOneGo()
    {
        var rows = Enumerable.Range(0, 2_500).Select(i => Sheets.Enterprise(Sheets.NewUscc("330328"), "330328", $"文成批量{i}有限公司")).ToList();
        var progress = new ProgressLog();

        var first = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(rows), progress: progress);
        var again = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(rows));

        Assert.Equal((2_500, 2_500, 0), (first.RowsRead, first.Created, first.Errors.Count));
        Assert.Equal(2_500, again.Unchanged);
        Assert.Equal([1_000, 2_000, 2_500], progress.Reports.Where(p => p.Stage == ImportStage.Writing).Select(p => p.Done));
        Assert.Contains(progress.Reports, p => p is { Stage: ImportStage.Checking, Done: 2_500, Total: 2_500 });
    }

    /// <summary>
    /// A first load — at least as many new enterprises as the register holds, and enough of them — builds the
    /// register's non-unique indexes again after the writes, and on SQLite notes the new names for the name search in
    /// one statement instead of by trigger (ADR 0023). A small import touches neither. Afterwards the indexes are the
    /// same ones and an imported name is found by a two-character search.
    /// </summary>
    [Fact]
    public async Task ImportEnterprises_FirstLoad_RebuildsTheIndexes_AndTheNamesAreSearchable()
    {
        var before = await IndexIdentitiesAsync();
        Assert.Empty((await ImportAsync<ImportEnterprises>(Sheets.Xlsx(Sheets.Enterprise(Sheets.NewUscc("330329"), "330329")))).Errors);
        Assert.Equal(before, await IndexIdentitiesAsync());

        var rows = Enumerable.Range(0, BulkIndexes.RebuildFrom).Select(i => Sheets.Enterprise(Sheets.NewUscc("330329"), "330329", $"泰顺首载{i}有限公司")).ToList();
        rows[4321] = rows[4321].With("企业名称", "泰顺鼹鼷测绘有限公司");
        var report = await ImportAsync<ImportEnterprises>(Sheets.Xlsx(rows));
        var after = await IndexIdentitiesAsync();
        var rebuilt = before.Where(i => after.GetValueOrDefault(i.Key) != i.Value).Select(i => i.Key).ToList();
        var id = (await FindAsync((string)rows[4321]["统一社会信用代码"]!))!.Id;
        var found = await QueryAsync(db => NameGrams.CandidatesAsync(db, "鼹鼷", int.MaxValue - 1, CancellationToken.None));

        Assert.Equal((BulkIndexes.RebuildFrom, 0), (report.Created, report.Errors.Count));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Contains(database is PostgresTestDatabase ? "IX_Enterprises_Name_grams" : NameGrams.Triggers[0], rebuilt);
        Assert.DoesNotContain("IX_Enterprises_Uscc", rebuilt);
        Assert.Equal([id], found!);
    }

    /// <summary>Each index (and on SQLite each trigger) of the register by name, with what changes when it is built again: its oid, its row in sqlite_master.</summary>
    private Task<Dictionary<string, string>> IndexIdentitiesAsync() => QueryAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.IsSqlite()
            ? "SELECT name, CAST(rowid AS TEXT) FROM sqlite_master WHERE tbl_name = 'Enterprises' AND type IN ('index', 'trigger')"
            : """SELECT c.relname::text, c.oid::text FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE x.indrelid = '"Enterprises"'::regclass""";
        var identities = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            identities[reader.GetString(0)] = reader.GetString(1);
        }
        return identities;
    });

    private static MemoryStream HeaderOnly()
    {
        var stream = new MemoryStream();
        var table = new System.Data.DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in EnterpriseColumns.All)
        {
            table.Columns.Add(column.Header);
        }
        MiniExcel.SaveAs(stream, table);
        stream.Position = 0;
        return stream;
    }
}
