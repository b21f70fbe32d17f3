using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kechuang.E2E.Tests;

/// <summary>Runs the real `kechuang` executable from the build output, as a user would.</summary>
public static class KechuangProcess
{
    public const string AdminPassword = "Admin-E2E-2026";

    /// <summary>tests/Kechuang.E2E.Tests/bin/{Configuration}/net10.0 → the web project's output of the same configuration.</summary>
    public static string Executable
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = dir.Parent!.Name;
            var root = dir.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
            return Path.Combine(root, "src", "Kechuang.Web", "bin", configuration, dir.Name, "kechuang.dll");
        }
    }

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Executable)!, "..", "..", "..", "..", ".."));

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["KECHUANG_ADMIN_PASSWORD"] = AdminPassword;
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    /// <summary>Runs a command to its end; returns exit code, standard output and standard error.</summary>
    public static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One server with demo data for the browser tests, on a temporary SQLite file.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kechuang-e2e-").FullName;
    private Process? _process;
    private readonly StringBuilder _log = new();

    public string BaseUrl { get; private set; } = "";
    public TimeSpan ColdStartToFirstPage { get; private set; }

    public async Task InitializeAsync()
    {
        BaseUrl = $"http://127.0.0.1:{KechuangProcess.FreePort()}";
        var clock = Stopwatch.StartNew();
        _process = Process.Start(KechuangProcess.StartInfo("serve", "--db", Path.Combine(_dir, "kechuang.db"), "--urls", BaseUrl, "--demo"))!;
        _process.OutputDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"kechuang exited with {_process.ExitCode}: {Log}");
            }
            try
            {
                if ((await http.GetAsync(BaseUrl + "/login")).StatusCode == HttpStatusCode.OK)
                {
                    ColdStartToFirstPage = clock.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("kechuang did not serve /login within 2 minutes: " + Log);
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
