using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kechuang.Data;

/// <summary>
/// A write refused by a unique index: two nodes (or two desks) saved the same key at once, after both had checked
/// it was free. The index kept the register right; the loser is told to refresh, never shown a server error.
/// </summary>
public static class UniqueViolation
{
    public const string Message = "该记录刚被他人以相同的编号或名称保存（可能在另一台服务器上），本次未保存；请刷新后核对再提交";

    public static bool Is(Exception e) => e is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY
        or DbUpdateException { InnerException: SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } }
        or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}

/// <summary>
/// The database could not be reached for this request: the primary died and the standby is being promoted, or the
/// network dropped. Nothing was written; the caller is asked to retry shortly (503 with Retry-After), not shown a
/// server error (docs/deploy.md, 故障演练).
/// </summary>
public static class DatabaseUnavailable
{
    public const string Message = "数据库暂时不可用（可能正在切换到备库），本次操作未完成、未写入任何数据；请稍候几秒再试";

    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } and not PostgresException)
            {
                return true;
            }
        }
        return false;
    }
}
