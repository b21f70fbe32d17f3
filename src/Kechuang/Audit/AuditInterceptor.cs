using System.Text.Json;
using Kechuang.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Kechuang.Audit;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every changed record to the same SaveChanges, so the write and its
/// audit row commit together. Keys are generated in code (ADR 0002), so they are known here.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    // Secrets are never copied into the trail; a change to them shows as "***".
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    // Chinese stays readable in the stored JSON; it is data, never written into HTML unencoded.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new ForbiddenException("审计记录不可修改或删除");
                }
                continue;
            }
            if (EntryFor(entry, now) is { } audit)
            {
                entries.Add(audit);
            }
        }
        context.AddRange(entries);
    }

    /// <summary>
    /// The audit rows of records about to be written without SaveChanges (an import's bulk path, ADR 0023): the same
    /// rows this interceptor would add for them, to be written in the same transaction.
    /// </summary>
    internal List<AuditEntry> EntriesFor(IEnumerable<EntityEntry> written)
    {
        var now = clock.GetUtcNow();
        return written.Select(e => EntryFor(e, now)).OfType<AuditEntry>().ToList();
    }

    /// <summary>The audit interceptor a context was configured with, if any.</summary>
    internal static AuditInterceptor? Of(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditInterceptor>().FirstOrDefault();

    private AuditEntry? EntryFor(EntityEntry entry, DateTimeOffset now)
    {
        // Register changes are bookkeeping for derived indicators, not something anyone did.
        if (entry.Entity is AuditEntry or DataProtectionKey or INotAudited || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return null;
        }
        var changed = entry.Properties.Where(p => entry.State != EntityState.Modified || Changed(p)).ToList();
        if (changed.Count == 0)
        {
            return null;
        }
        return new AuditEntry
        {
            At = now,
            UserId = user.UserId,
            UserName = user.UserName,
            UserRegion = user.RegionCode,
            ClientAddress = user.ClientAddress,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = KeyOf(entry),
            Action = entry.State switch
            {
                EntityState.Added => "created",
                EntityState.Deleted => "deleted",
                _ => "updated",
            },
            Before = entry.State == EntityState.Added ? null : Json(changed, p => p.OriginalValue),
            After = entry.State == EntityState.Deleted ? null : Json(changed, p => p.CurrentValue),
        };
    }

    /// <summary>
    /// Really changed: Identity's store marks every column modified on update, and a new concurrency stamp
    /// alone is no change worth a row.
    /// </summary>
    private static bool Changed(PropertyEntry p) =>
        p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !p.Metadata.IsConcurrencyToken;

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    /// <summary>
    /// The properties as one JSON object, the text <see cref="JsonSerializer"/> gives for a dictionary of them. Written
    /// value by value, the common types straight to the writer: an import writes one of these per row (ADR 0023).
    /// </summary>
    internal static string Json(List<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOptions.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var p in properties)
            {
                writer.WritePropertyName(p.Metadata.Name);
                var v = value(p);
                Write(writer, Secret.Contains(p.Metadata.Name) && v is not null ? "***" : v);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>What the serializer's own converters write for these types; any other goes through the serializer.</summary>
    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case Guid g: writer.WriteStringValue(g); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case DateTimeOffset t: writer.WriteStringValue(t); break;
            case DateTime t: writer.WriteStringValue(t); break;
            default: JsonSerializer.Serialize(writer, value, value.GetType(), JsonOptions); break;
        }
    }
}
