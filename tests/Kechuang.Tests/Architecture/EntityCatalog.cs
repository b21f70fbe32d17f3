using Microsoft.EntityFrameworkCore;

namespace Kechuang.Tests.Architecture;

/// <summary>The tables of a DbContext: every mapped entity class, and which DbSet property reads which entity.
/// Names are in Cecil's form (nested types joined by '/').</summary>
public sealed record EntityCatalog(string Context, IReadOnlySet<string> Entities, IReadOnlyDictionary<string, string> DbSets)
{
    /// <summary>Read from the built EF model, so entities without a DbSet (owned types, configured-only) count too.</summary>
    public static EntityCatalog Of(DbContext db)
    {
        var entities = db.Model.GetEntityTypes().Select(e => e.ClrType)
            .Where(t => !t.IsGenericType && t.FullName is not null)
            .Select(CecilName).ToHashSet(StringComparer.Ordinal);
        var sets = db.GetType().GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .ToDictionary(p => p.Name, p => CecilName(p.PropertyType.GetGenericArguments()[0]), StringComparer.Ordinal);
        return new EntityCatalog(CecilName(db.GetType()), entities, sets);
    }

    private static string CecilName(Type type) => type.FullName!.Replace('+', '/');
}
