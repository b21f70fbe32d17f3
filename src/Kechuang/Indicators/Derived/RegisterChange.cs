using Kechuang.Audit;
using Kechuang.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Indicators.Derived;

/// <summary>A record some derived indicator is computed from (an enterprise, a title, a contract …).</summary>
public interface IFeedsIndicators
{
    /// <summary>The register it belongs to, as named by <see cref="IIndicatorCalculator.Register"/>.</summary>
    string Register { get; }
}

/// <summary>
/// One saved change to a register, written in the same SaveChanges as the change itself. The newest id per
/// register is the version derived figures were computed at: every node compares it before reusing its cache.
/// </summary>
public sealed class RegisterChange : INotAudited
{
    public long Id { get; init; }
    public required string Register { get; init; }
    public DateTimeOffset At { get; init; }
}

/// <summary>How a module whose bulk path bypasses change tracking marks its register changed.</summary>
public static class RegisterChanges
{
    public static void Mark(KechuangDbContext db, string register, DateTimeOffset at) => db.Add(new RegisterChange { Register = register, At = at });

    /// <summary>The newest change id of <paramref name="register"/>, 0 when it never changed (one seek of the (Register, Id) index).</summary>
    public static async Task<long> NewestAsync(KechuangDbContext db, string register, CancellationToken ct) =>
        await db.RegisterChanges.Where(c => c.Register == register).MaxAsync(c => (long?)c.Id, ct) ?? 0;
}

internal sealed class RegisterChangeConfiguration : IEntityTypeConfiguration<RegisterChange>
{
    public void Configure(EntityTypeBuilder<RegisterChange> builder)
    {
        builder.Property(c => c.Register).HasMaxLength(40);
        builder.HasIndex(c => new { c.Register, c.Id });
    }
}

/// <summary>Adds a <see cref="RegisterChange"/> per register touched by a SaveChanges (imports included: they save in batches).</summary>
internal sealed class RegisterChangeInterceptor : SaveChangesInterceptor
{
    public static readonly RegisterChangeInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Mark(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var registers = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IFeedsIndicators && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ((IFeedsIndicators)e.Entity).Register)
            .Distinct()
            .ToList();
        foreach (var register in registers)
        {
            context.Add(new RegisterChange { Register = register, At = DateTimeOffset.UtcNow });
        }
    }
}
