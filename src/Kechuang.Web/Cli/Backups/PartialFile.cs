using Microsoft.Data.Sqlite;

namespace Kechuang.Web.Cli.Backups;

/// <summary>
/// A file written as NAME.partial in the target's directory, flushed to disk, then renamed: a full disk, a failing
/// tool or a killed process never leaves a half file under the real name, and an earlier file stays as it was.
/// </summary>
internal static class PartialFile
{
    public static string For(string path) => path + ".partial";

    /// <summary>fsync, so the rename never publishes a name whose data is still only in the page cache.</summary>
    public static void Flush(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    public static void Publish(string partial, string path, bool overwrite)
    {
        Flush(partial);
        File.Move(partial, path, overwrite);
    }

    /// <summary>Removes the partial file and SQLite's companions of it; never throws (it runs on the failure path).</summary>
    public static void Discard(string partial)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { partial, partial + "-journal", partial + "-wal", partial + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"未能删除临时文件 {file}：{e.Message}");
            }
        }
    }

    /// <summary>The failure in Chinese, naming a full disk as such (ENOSPC, SQLITE_FULL).</summary>
    public static string Explain(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: 13 } => $"磁盘空间不足（{e.Message}）",
        IOException { HResult: 28 } => $"磁盘空间不足（{e.Message}）",
        _ when e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase) => $"磁盘空间不足（{e.Message}）",
        UnauthorizedAccessException => $"没有写权限（{e.Message}）",
        _ => e.Message,
    };
}
