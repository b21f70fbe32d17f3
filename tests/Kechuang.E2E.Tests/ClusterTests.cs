using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Kechuang.E2E.Tests;

/// <summary>
/// Two nodes behind nginx, started by scripts/cluster.sh on a database of their own on the test PostgreSQL: a user
/// logged in through one node goes on working through the other when the first dies (docs/deploy.md, ADR 0024).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterTests(ClusterFixture cluster, BrowserFixture browser) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task LoggedInThroughOneNode_GoesOnThroughTheOther_WhenItDies()
    {
        await using var context = await browser.Browser.NewContextAsync(Browsers.Context);
        var page = await context.NewPageAsync();
        await new Pages.LoginPage(page, cluster.BaseUrl).LogInAsync("admin", KechuangProcess.AdminPassword);

        var first = await page.GotoAsync(cluster.BaseUrl + "/enterprises");
        var node = await first!.HeaderValueAsync("X-Kechuang-Node");
        Assert.Contains(node, new[] { "node1", "node2" });
        await page.Locator(".ant-table").First.WaitForAsync();

        await cluster.ScriptAsync("kill-node", node![^1..]);

        // The browser's circuit died with its node; a reload goes through the proxy to the other node, where the same
        // login cookie is valid (the keys are in the database) and the page works interactively.
        var second = await page.ReloadAsync();
        Assert.Equal(200, second!.Status);
        Assert.NotEqual(node, await second.HeaderValueAsync("X-Kechuang-Node"));
        Assert.EndsWith("/enterprises", page.Url, StringComparison.Ordinal);
        await page.Locator(".ant-table").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Browsers.Screenshot("cluster-after-node-death.png") });
    }
}

/// <summary>scripts/cluster.sh up 2 on free ports, a temporary state directory and a database of its own; down afterwards.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kechuang-cluster-").FullName;
    private readonly string _database = $"kc_cluster_{Guid.NewGuid():N}";
    private readonly int _http = KechuangProcess.FreePort();
    private readonly int _nodePort = FreePair();

    public string BaseUrl => $"http://127.0.0.1:{_http}";

    private static string Server => Environment.GetEnvironmentVariable("KECHUANG_TEST_PG")
        ?? throw new InvalidOperationException("The cluster test needs KECHUANG_TEST_PG; ./scripts/test.sh sets it.");

    public Task InitializeAsync() => ScriptAsync("up", "2", "--no-demo");

    public async Task DisposeAsync()
    {
        await ScriptAsync("down");
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        Directory.Delete(_dir, recursive: true);
    }

    public async Task ScriptAsync(params string[] args)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(KechuangProcess.RepositoryRoot, "scripts", "cluster.sh"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["KECHUANG_CLUSTER_DIR"] = _dir;
        info.Environment["KECHUANG_CLUSTER_HTTP"] = _http.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["KECHUANG_CLUSTER_NODE_PORT"] = _nodePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["KECHUANG_CLUSTER_DB"] = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
        info.Environment["KECHUANG_BIN"] = KechuangProcess.Executable;
        info.Environment["KECHUANG_ADMIN_PASSWORD"] = KechuangProcess.AdminPassword;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"cluster.sh {string.Join(' ', args)} exited {process.ExitCode}:\n{await output}\n{await error}");
    }

    /// <summary>Two consecutive free ports, for node1 and node2.</summary>
    private static int FreePair()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = KechuangProcess.FreePort();
            try
            {
                using var next = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port + 1);
                next.Start();
                return port;
            }
            catch (System.Net.Sockets.SocketException) when (attempt < 20)
            {
            }
        }
    }
}
