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
