using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Calls;

/// <summary>A published call open today that closes soon: what the reminder to a region's enterprises names.</summary>
public sealed record ClosingCall(Guid Id, string Title, string RegionCode, DateOnly ClosesOn);

/// <summary>Named query for other modules (docs/architecture.md §2): the published calls open on <c>today</c> that close by <c>until</c>.</summary>
public static class ClosingCalls
{
    public static Task<List<ClosingCall>> ListAsync(KechuangDbContext db, DateOnly today, DateOnly until, CancellationToken ct) =>
        db.ProjectCalls.AsNoTracking()
            .Where(c => c.PublishedAt != null && c.OpensOn <= today && c.ClosesOn >= today && c.ClosesOn <= until)
            .Select(c => new ClosingCall(c.Id, c.Title, c.RegionCode, c.ClosesOn)).ToListAsync(ct);
}
