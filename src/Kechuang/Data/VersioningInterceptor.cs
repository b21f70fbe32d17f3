using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kechuang.Data;

/// <summary>Bumps the version of every modified <see cref="IVersioned"/> record in the same save.</summary>
public sealed class VersioningInterceptor : SaveChangesInterceptor
{
    public static readonly VersioningInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Bump(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }

    /// <summary>Makes EF's UPDATE check the version the editor saw, not just the one loaded now.</summary>
    public static void ExpectVersion<T>(DbContext context, T entity, int version)
        where T : class, IVersioned
    {
        if (entity.Version != version)
        {
            throw new Common.ConflictException("该记录已被他人修改，请刷新后重试");
        }
        context.Entry(entity).Property(e => e.Version).OriginalValue = version;
    }
}
