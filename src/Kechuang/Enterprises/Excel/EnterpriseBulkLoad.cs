using Kechuang.Common.Excel;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kechuang.Enterprises.Excel;

/// <summary>
/// An import that brings at least as many new enterprises as the register holds (a county's first load): the
/// register's non-unique indexes — on PostgreSQL the two GIN name indexes among them — are built again after the
/// writes instead of kept row by row, and on SQLite the name search notes the new rows in one statement
/// (<see cref="BulkIndexes"/>, ADR 0023).
/// </summary>
internal sealed class EnterpriseBulkLoad(KechuangDbContext db, int created) : IBulkWrite
{
    private BulkIndexes? _indexes;

    public async Task BeforeWritesAsync(CancellationToken ct)
    {
        _indexes = await BulkIndexes.DropForAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), "Enterprises", created, ct);
        if (_indexes.Rebuilding && db.Database.IsSqlite())
        {
            await NameGrams.DropInsertNoteAsync(db, ct);
        }
    }

    public async Task AfterWritesAsync(CancellationToken ct)
    {
        if (_indexes is not { Rebuilding: true })
        {
            return;
        }
        await _indexes.RestoreAsync(ct);
        if (db.Database.IsSqlite())
        {
            await NameGrams.NoteUnindexedAsync(db, ct);
        }
    }
}
