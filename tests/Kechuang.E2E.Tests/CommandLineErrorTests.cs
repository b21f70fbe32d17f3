using System.Diagnostics;

namespace Kechuang.E2E.Tests;

/// <summary>A command line `kechuang` does not understand is refused in Chinese, with exit code 2, before anything is touched.</summary>
public sealed class CommandLineErrorTests : IDisposable
{
    // The words System.CommandLine writes when left to itself.
    private static readonly string[] English = ["Usage", "Options", "Commands", "Arguments", "Show help", "Show version", "Required", "Unrecognized"];

    private readonly string _dir = Directory.CreateTempSubdirectory("kechuang-cli-args-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task UnknownCommand_SaysSoShowsHelpExits2_AndCreatesNothing()
    {
        var (code, output, error) = await RunHereAsync("nosuchcommand", "--foo");

        Assert.Equal(2, code);
        Assert.Contains("未知的命令：nosuchcommand", error);
        Assert.Contains("用法：", error);
        Assert.Contains("migrate", error);
        Assert.Empty(output); // neither "科创已启动" nor an admin password
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public async Task UnknownOptionOnAKnownCommand_Exits2_AndCreatesNothing()
    {
        var (code, _, error) = await RunHereAsync("migrate", "--foo");

        Assert.Equal(2, code);
        Assert.Contains("未知的选项：--foo", error);
        Assert.Contains("kechuang migrate", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public async Task UnknownOptionWithoutACommand_DoesNotServe()
    {
        var (code, _, error) = await RunHereAsync("--prot=8080");

        Assert.Equal(2, code);
        Assert.Contains("未知的选项：--prot=8080", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public async Task ServeOptionsAndHostSettingsWithoutTheWordServe_AreServe()
    {
        // An unwritable database stops serve right after the command line was accepted.
        var (code, _, error) = await RunHereAsync("--db", "/proc/kechuang/kechuang.db", "--environment=Staging", "--urls", $"http://127.0.0.1:{KechuangProcess.FreePort()}");

        Assert.Equal(2, code);
        Assert.Contains("无法写入数据库文件", error);
        Assert.DoesNotContain("未知的选项", error);
    }

    [Fact]
    public async Task MissingRequiredOption_IsChineseAndExits2()
    {
        var (code, _, error) = await RunHereAsync("admin", "create-user", "--name", "李明");

        Assert.Equal(2, code);
        Assert.Contains("缺少必需的选项：--user", error);
        Assert.Contains("用户名（必填）", error);
        Assert.DoesNotContain(English, word => error.Contains(word, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public async Task BadOptionValue_IsChineseAndExits2()
    {
        var (code, _, error) = await RunHereAsync("import", "indicators", "a.xlsx", "--year", "去年", "--month", "6");

        Assert.Equal(2, code);
        Assert.Contains("选项 --year 的值无效：去年", error);
        Assert.DoesNotContain(English, word => error.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_IsChineseThroughout_AndExits0()
    {
        var (code, output, error) = await RunHereAsync("--help");

        Assert.True(code == 0, error);
        Assert.Contains("用法：", output);
        Assert.Contains("选项：", output);
        Assert.Contains("命令：", output);
        Assert.Contains("显示帮助和用法信息", output);
        Assert.Contains("显示版本信息", output);
        Assert.Contains("升级数据库结构", output); // migrate's description
        Assert.DoesNotContain(English, word => output.Contains(word, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public async Task SubcommandHelp_ListsArgumentsAndRequiredOptions()
    {
        var (code, output, _) = await RunHereAsync("import", "indicators", "-h");

        Assert.Equal(0, code);
        Assert.Contains("kechuang import indicators <文件> [选项]", output);
        Assert.Contains("参数：", output);
        Assert.Contains("数据所属年份（必填）", output);
        Assert.DoesNotContain(English, word => output.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandGroupWithoutACommand_AsksForOne()
    {
        var (code, _, error) = await RunHereAsync("admin");

        Assert.Equal(2, code);
        Assert.Contains("请指定要执行的命令：create-user、reset-password", error);
    }

    /// <summary>Runs in an empty working directory of its own; a command line that starts serving is killed and fails the test.</summary>
    private async Task<(int Code, string Out, string Error)> RunHereAsync(params string[] args)
    {
        var info = KechuangProcess.StartInfo(args);
        info.WorkingDirectory = _dir;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"kechuang {string.Join(' ', args)} did not exit: {await output}");
        }
        return (process.ExitCode, await output, await error);
    }
}
