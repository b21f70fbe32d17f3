using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kechuang.Data;

/// <summary>
/// New records written with one prepared INSERT (SQLite) or one COPY (PostgreSQL) per table instead of SaveChanges (ADR 0023): the columns, values and
/// parameters are EF's own — the model's column names and each property's type mapping with its converter — so a row
/// is stored exactly as SaveChanges would store it. SQLite steps the one prepared statement per row (no round trips);
/// PostgreSQL takes the rows as one binary COPY, the values bound as EF binds them. Must run inside the caller's transaction.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Whether records of this type can be written here: a plain table of its own, every property on the CLR type
    /// (a shadow property's value lives in the change tracker only), no owned or complex parts.
    /// </summary>
    public static bool Supports(IEntityType type) =>
        type.GetTableName() is not null && type.GetViewName() is null && type.BaseType is null && !type.GetDirectlyDerivedTypes().Any()
        && type.GetProperties().All(p => !p.IsShadowProperty() && p.GetColumnName() is not null)
        && !type.GetComplexProperties().Any()
        && !type.GetNavigations().Any(n => n.TargetEntityType.IsOwned());

    /// <summary>Writes <paramref name="rows"/> (all of <paramref name="type"/>); a generated key left at its default is the database's to fill, as with EF.</summary>
    public static async Task WriteAsync(DbContext db, IEntityType type, IReadOnlyList<object> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("a bulk insert runs inside the import's transaction");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // EF leaves out a store-generated column whose value is still the default (an identity key): so do we.
        var columns = type.GetProperties()
            .Where(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never || rows.All(r => !IsDefault(p, r)))
            .Select(p => (Property: p, Getter: p.GetGetter(), Mapping: p.GetRelationalTypeMapping(), Column: p.GetColumnName(table)!))
            .ToList();
        var into = $"{sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))})";

        if (connection is Npgsql.NpgsqlConnection pg)
        {
            // A batch of INSERTs was parsed and planned by the server one statement at a time (bench/: most of an import's
            // server time); COPY takes every row in one statement and its indexes are kept as with INSERT.
            await using var factory = pg.CreateCommand();
            await using var importer = await pg.BeginBinaryImportAsync($"COPY {into} FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                importer.StartRow();
                foreach (var (property, getter, mapping, _) in columns)
                {
                    // The mapping's own parameter: its converter and provider type, as SaveChanges binds the value.
                    var parameter = (Npgsql.NpgsqlParameter)mapping.CreateParameter(factory, "p", getter.GetClrValue(row), property.IsNullable);
                    if (parameter.Value is null or DBNull)
                    {
                        importer.WriteNull();
                    }
                    else
                    {
                        importer.Write(parameter.Value, parameter.NpgsqlDbType);
                    }
                }
            }
            await importer.CompleteAsync(ct);
            return;
        }

        var names = columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {into} VALUES ({string.Join(", ", names)})";
        for (var i = 0; i < columns.Count; i++)
        {
            insert.Parameters.Add(columns[i].Mapping.CreateParameter(insert, names[i], null, columns[i].Property.IsNullable));
        }
        insert.Prepare();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, getter, mapping, _) = columns[i];
                // A fresh parameter from the mapping each time: it applies the converter and the provider type as EF does.
                insert.Parameters[i] = mapping.CreateParameter(insert, names[i], getter.GetClrValue(row), property.IsNullable);
            }
            // Microsoft.Data.Sqlite runs its async methods synchronously; the synchronous call saves a task per row.
            insert.ExecuteNonQuery();
        }
    }

    private static bool IsDefault(IProperty property, object row) =>
        Equals(property.GetGetter().GetClrValue(row), property.Sentinel);

    /// <summary>
    /// Writes the records added to the context since its last save, when all are of one plain type, through the prepared
    /// path and detaches them, with
    /// what SaveChanges' interceptors would have added for them: their audit rows (<see cref="Audit.AuditInterceptor"/>)
    /// and a register change per register they feed when nothing left for SaveChanges marks it. Modified and deleted
    /// records stay for SaveChanges.
    /// </summary>
    public static async Task WriteAddedAsync(KechuangDbContext db, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is not Audit.AuditEntry).ToList();
        // One plain type only: records of several types may reference each other, and SaveChanges orders their inserts.
        if (added.Count == 0 || added.Any(e => e.Metadata != added[0].Metadata) || !Supports(added[0].Metadata))
        {
            return;
        }
        var audit = Audit.AuditInterceptor.Of(db)?.EntriesFor(added) ?? [];
        var registers = added.Select(e => e.Entity).OfType<Indicators.Derived.IFeedsIndicators>().Select(f => f.Register).ToHashSet();
        foreach (var entry in added)
        {
            entry.State = EntityState.Detached;
        }
        registers.ExceptWith(db.ChangeTracker.Entries()
            .Where(e => e.Entity is Indicators.Derived.IFeedsIndicators && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ((Indicators.Derived.IFeedsIndicators)e.Entity).Register));
        foreach (var register in registers)
        {
            // As RegisterChangeInterceptor stamps it.
            Indicators.Derived.RegisterChanges.Mark(db, register, DateTimeOffset.UtcNow);
        }
        await WriteAsync(db, added[0].Metadata, added.Select(e => e.Entity).ToList(), ct);
        await WriteAsync(db, db.Model.FindEntityType(typeof(Audit.AuditEntry))!, audit, ct);
    }
}
