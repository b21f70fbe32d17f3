using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Visits;

/// <summary>GET /api/visits/assignees: the staff and admins a problem may be assigned to (for a region, those covering it).</summary>
public sealed class ListAssignees(KechuangDbContext db)
{
    public async Task<IReadOnlyList<AssigneeDto>> HandleAsync(Caller caller, string? region, CancellationToken ct = default)
    {
        VisitAccess.RequireBureau(caller);
        return await VisitAccess.AssigneesAsync(db, caller, caller.ScopeTo(region), ct);
    }
}
