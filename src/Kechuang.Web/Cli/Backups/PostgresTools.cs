using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Kechuang.Web.Cli.Backups;

/// <summary>
/// Runs pg_dump / pg_restore of the server's major version (a pg_dump older than the server refuses to dump it):
/// Debian's /usr/lib/postgresql/MAJOR/bin first, else whatever is on PATH. The connection goes through libpq's
/// environment variables, so the password is never on a command line that `ps` shows.
/// </summary>
internal static class PostgresTools
{
    public static async Task<int> ServerMajorAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var version = new NpgsqlCommand("SHOW server_version_num", connection);
        return int.Parse((string)(await version.ExecuteScalarAsync(ct))!, System.Globalization.CultureInfo.InvariantCulture) / 10000;
    }

    /// <summary>The tool's path, or null with the message saying what to install.</summary>
    public static string? Find(string tool, int major, out string? problem)
    {
        problem = null;
        var debian = $"/usr/lib/postgresql/{major}/bin/{tool}";
        if (File.Exists(debian))
        {
            return debian;
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
        if (onPath is null)
        {
            problem = $"找不到 {tool}：请安装与数据库服务器同版本（PostgreSQL {major}）的客户端工具，例如 apt-get install postgresql-client-{major}。";
        }
        return onPath;
    }

    public static ProcessStartInfo StartInfo(string tool, NpgsqlConnectionStringBuilder connection, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["PGHOST"] = connection.Host;
        info.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGDATABASE"] = connection.Database;
        info.Environment["PGCONNECT_TIMEOUT"] = "10";
        info.Environment["PGAPPNAME"] = "kechuang-" + Path.GetFileName(tool);
        if (!string.IsNullOrEmpty(connection.Username))
        {
            info.Environment["PGUSER"] = connection.Username;
        }
        if (!string.IsNullOrEmpty(connection.Password))
        {
            info.Environment["PGPASSWORD"] = connection.Password;
        }
        if (connection.SslMode is not SslMode.Prefer)
        {
            info.Environment["PGSSLMODE"] = connection.SslMode switch
            {
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                var mode => mode.ToString().ToLowerInvariant(),
            };
        }
        return info;
    }

    /// <summary>Waits for the tool; returns its exit code and standard error.</summary>
    public static async Task<(int Code, string Error)> RunAsync(Process process, CancellationToken ct)
    {
        var error = process.StandardError.ReadToEndAsync(ct);
        var output = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await output;
        return (process.ExitCode, (await error).Trim());
    }

    /// <summary>The tool's own words (libpq's, in English) inside our Chinese message, with the disk-full case named.</summary>
    public static string Explain(string error) =>
        error.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
            ? $"磁盘空间不足（{error}）"
            : error;
}
