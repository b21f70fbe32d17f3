using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kechuang.Common;
using Kechuang.Contracts;
using Kechuang.Contracts.Import;
using Kechuang.Demo;
using Kechuang.E2E.Tests.Pages;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kechuang.E2E.Tests;

/// <summary>The contract registry in the browser: register a contract at the desk and see the statistics change; every page on screen.</summary>
public sealed class ContractTests(ServerFixture server, BrowserFixture browser) : BrowserTest(server, browser)
{
    [Fact]
    public async Task RegisterAtTheDesk_StatisticsCountOneMore()
    {
        await LogInAsync("py_staff");
        var contracts = new ContractPages(Page, BaseUrl);
        // By default the last complete month; a contract registered today counts in this month, which runs to today.
        await contracts.OpenStatsAsync();
        Assert.DoesNotContain("截至", await contracts.StatsPeriodAsync());
        await ShotAsync("contracts-stats.png");
        var today = TimeProvider.System.TodayInChina();
        await contracts.OpenStatsAsync(today);
        Assert.Contains($"截至{today.Day}日", await contracts.StatsPeriodAsync());
        var before = await contracts.StatsCountAsync();

        await contracts.OpenDeskAsync(ContractStatus.Received);
        await ShotAsync("contracts-desk.png");
        await contracts.OpenFirstAsync();
        Assert.Equal("待登记", await contracts.StatusAsync());
        await ShotAsync("contracts-detail.png");
        await contracts.RegisterAsync();
        Assert.Matches(@"^\d{4}330326\d{6}$", await contracts.NumberAsync());

        await contracts.OpenStatsAsync(today);
        Assert.Equal(before + 1, await contracts.StatsCountAsync());
    }

    [Fact]
    public async Task WaitingListAndReceiveDialog_Render()
    {
        await LogInAsync("py_staff");
        var contracts = new ContractPages(Page, BaseUrl);
        await contracts.OpenWaitingAsync();
        Assert.True(await Page.Locator("#waiting-table .ant-table-row").CountAsync() > 0, "the demo has contracts waiting more than 20 days");
        await ShotAsync("contracts-waiting.png");

        await contracts.OpenDeskAsync();
        await Page.ClickAsync("#add-contract");
        await Page.FillAsync("#contract-name", "测试技术开发合同");
        await Page.FillAsync("#contract-turnover", "100");
        await Page.FillAsync("#contract-tech", "200");
        await Page.Locator(".ant-modal-footer button.ant-btn-primary").ClickAsync();
        await Page.Locator(".field-error").First.WaitForAsync();
        Assert.Contains("不能大于合同成交额", await Page.InnerTextAsync(".ant-modal-body"));
        await ShotAsync("contracts-receive-errors.png");
    }

    [Fact]
    public async Task EnterpriseUser_SeesOnlyContractsItSold()
    {
        await LogInAsync("py_qiye");
        var contracts = new ContractPages(Page, BaseUrl);

        await contracts.OpenDeskAsync();

        var sellers = await Page.Locator("#contract-table .ant-table-row td:nth-child(3)").AllInnerTextsAsync();
        Assert.NotEmpty(sellers);
        Assert.Single(sellers.Select(s => s.Split('\n')[0].Trim()).Distinct());
        Assert.Equal(0, await Page.Locator("#add-contract").CountAsync());
        await ShotAsync("contracts-enterprise-user.png");
    }

    [Fact]
    public async Task ImportPage_ShowsBadRows()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("kechuang-contracts-").FullName, "contracts.csv");
        var uscc = Kechuang.Enterprises.Uscc.Create("330326", "8" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture)).Value;
        var today = TimeProvider.System.TodayInChina().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(file, string.Join(",", ContractColumns.All.Select(c => c.Header)) + "\n"
            + $",平阳导入合同,技术咨询,平阳卖方有限公司,{uscc},330326,买方,,,{today},{today},,1000,800\n"
            + $",平阳导入合同二,技术咨询,平阳卖方有限公司,{uscc[..17]}{(uscc[17] == 'X' ? 'Y' : 'X')},330326,买方,,,{today},{today},,1000,1800\n", new UTF8Encoding(true));
        await LogInAsync("py_staff");
        var contracts = new ContractPages(Page, BaseUrl);

        await contracts.ImportAsync(file);

        Assert.Contains("未写入任何数据", await contracts.ImportSummaryAsync());
        var errors = await contracts.ImportErrorsAsync();
        Assert.Contains("技术交易额", errors);
        Assert.Contains("卖方统一社会信用代码", errors);
        await ShotAsync("contracts-import.png");
    }
}

/// <summary>A killed import leaves the database as it was: kill the real process mid-import, then count the rows.</summary>
public sealed class ContractImportKillTests
{
    private const int Rows = 200_000;

    [Fact]
    public Task KilledImport_OnSqlite_LeavesNothing()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-kill-").FullName;
        var db = Path.Combine(dir, "k.db");
        return KillAndCountAsync(db, dir, async () =>
        {
            SqliteConnection.ClearAllPools();
            await using var connection = new SqliteConnection($"Data Source={db}");
            await connection.OpenAsync();
            return (await Count(connection, "TechContracts"), await Count(connection, "ContractMonthStats"));
        });
    }

    [Fact]
    public Task KilledImport_OnPostgres_LeavesNothing()
    {
        var server = Environment.GetEnvironmentVariable("KECHUANG_TEST_PG")
            ?? throw new InvalidOperationException("PostgreSQL tests need KECHUANG_TEST_PG; ./scripts/test.sh sets it.");
        var db = new NpgsqlConnectionStringBuilder(server) { Database = $"kc_kill_{Guid.NewGuid():N}" }.ConnectionString;
        var dir = Directory.CreateTempSubdirectory("kechuang-kill-").FullName;
        return KillAndCountAsync(db, dir, async () =>
        {
            await using var connection = new NpgsqlConnection(db);
            await connection.OpenAsync();
            return (await Count(connection, "TechContracts"), await Count(connection, "ContractMonthStats"));
        }, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(db).Database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    private static async Task KillAndCountAsync(string db, string dir, Func<Task<(long Contracts, long Stats)>> count, Func<Task>? cleanUp = null)
    {
        try
        {
            var file = Path.Combine(dir, "contracts.csv");
            WriteCsv(file);
            var migrate = await KechuangProcess.RunAsync("migrate", "--db", db);
            Assert.True(migrate.Code == 0, migrate.Error);

            using var import = Process.Start(KechuangProcess.StartInfo("import", "contracts", file, "--db", db))!;
            var output = new StringBuilder();
            var halfway = new TaskCompletionSource();
            // The progress lines say how far the import has got: kill -9 once a fifth of the file is checked and written
            // (or it is writing), before anything is committed.
            import.OutputDataReceived += (_, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
                if (e.Data is { } line && (line.StartsWith("写入", StringComparison.Ordinal)
                    || (line.StartsWith("校验", StringComparison.Ordinal) && int.Parse(line[(line.LastIndexOf(' ') + 1)..].TrimEnd('%'), CultureInfo.InvariantCulture) >= 20)))
                {
                    halfway.TrySetResult();
                }
            };
            import.BeginOutputReadLine();
            var ended = import.WaitForExitAsync();
            Assert.True(await Task.WhenAny(halfway.Task, ended) == halfway.Task, "the import ended before it could be killed: " + output);
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();

            Assert.Equal((0, 0), await count());
            Assert.DoesNotContain("导入完成", output.ToString());

            // The database still works: the same import, run to its end, writes every row once.
            var again = await KechuangProcess.RunAsync("import", "contracts", file, "--db", db);
            Assert.True(again.Code == 0, again.Out + again.Error);
            Assert.Equal(Rows, (await count()).Contracts);
        }
        finally
        {
            if (cleanUp is not null)
            {
                await cleanUp();
            }
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<long> Count(System.Data.Common.DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static void WriteCsv(string path)
    {
        var today = TimeProvider.System.TodayInChina();
        var generator = new ContractGenerator(seed: 9, today);
        var sellers = ContractGenerator.Sellers("330326", "平阳县", 500, 330326);
        var random = new Random(9);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.WriteLine(string.Join(",", ContractColumns.All.Select(c => c.Header)));
        for (var i = 0; i < Rows; i++)
        {
            var c = generator.Next(sellers[random.Next(sellers.Count)], today.AddDays(-random.Next(40, 600)));
            var registered = c.Status == ContractStatus.Registered;
            writer.WriteLine(string.Join(",", registered ? c.RegistrationNo : "", c.Name, ContractTypes.Chinese(c.Type), c.SellerName, c.SellerUscc, c.SellerRegionCode,
                c.BuyerName, c.BuyerUscc ?? "", c.BuyerRegionCode ?? "", D(c.SignedOn), D(c.ReceivedOn), registered ? D(c.DecidedOn!.Value) : "",
                c.Turnover.ToString(CultureInfo.InvariantCulture), c.TechTransaction.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
