using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>GET /api/projects/calls/{id}/objections: the objections received during the call's 立项公示 and how each was handled (docs/domain.md §6.5).</summary>
public sealed class ListObjections(KechuangDbContext db)
{
    public async Task<IReadOnlyList<ObjectionDto>> HandleAsync(Caller caller, Guid callId, CancellationToken ct = default)
    {
        var call = await ReviewAccess.CallAsync(db, caller, callId, write: false, ct);
        return await ObjectionDtos.ToDtosAsync(db, await db.PublicityObjections.AsNoTracking().Where(o => o.CallId == call.Id).OrderBy(o => o.ReceivedOn).ThenBy(o => o.CreatedAt)
            .ToListAsync(ct), ct);
    }
}

internal static class ObjectionDtos
{
    internal static async Task<List<ObjectionDto>> ToDtosAsync(KechuangDbContext db, List<PublicityObjection> objections, CancellationToken ct)
    {
        var ids = objections.Select(o => o.ApplicationId).Distinct().ToList();
        var names = await db.ProjectApplications.AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new { a.Title, a.EnterpriseName }, ct);
        return [.. objections.Select(o => new ObjectionDto(o.Id, o.ApplicationId, names[o.ApplicationId].Title, names[o.ApplicationId].EnterpriseName,
            o.ReceivedOn, o.RaisedBy, o.Content, o.Handling, o.Upheld, o.HandledBy, o.HandledAt, o.RecordedBy))];
    }
}
