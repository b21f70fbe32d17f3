using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Audit;

public sealed record ListAuditQuery(string? Entity = null, string? EntityId = null, string? User = null, int? Page = null, int? PageSize = null);

public sealed record AuditEntryDto(long Id, DateTimeOffset At, string UserName, string? UserRegion, string EntityType, string EntityId, string Action, string? Before, string? After)
{
    /// <summary>Where the request came from (behind the proxy: the client, from X-Forwarded-For).</summary>
    public string? ClientAddress { get; init; }
}

/// <summary>
/// The audit trail, newest first, for administrators: entries by users of their region. Entries made by the
/// program itself (start-up, command line) can touch any region, so only a national administrator sees them.
/// </summary>
public sealed class ListAuditEntries(KechuangDbContext db)
{
    public async Task<Page<AuditEntryDto>> HandleAsync(Caller caller, ListAuditQuery query, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        var (page, size) = Page<AuditEntryDto>.Normalize(query.Page, query.PageSize);
        // Entries without a region (start-up, the command line) are within the country only.
        var entries = db.AuditEntries.AsNoTracking().Within(a => a.UserRegion, caller.Region, RegionColumn.AnyCodes);
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            entries = entries.Where(a => a.EntityType == query.Entity.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(a => a.EntityId == query.EntityId.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            entries = entries.Where(a => a.UserName == query.User.Trim());
        }
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new AuditEntryDto(a.Id, a.At, a.UserName, a.UserRegion, a.EntityType, a.EntityId, a.Action, a.Before, a.After) { ClientAddress = a.ClientAddress })
            .ToListAsync(ct);
        return new Page<AuditEntryDto>(items, total, page, size);
    }
}
