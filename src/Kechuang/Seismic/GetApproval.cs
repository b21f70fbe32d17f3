using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Seismic;

/// <summary>GET /api/seismic/approvals/{id}.</summary>
public sealed class GetApproval(KechuangDbContext db, ApprovalDesk desk)
{
    public async Task<ApprovalDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var found = await SeismicAccess.LoadAsync(db, caller, id, track: false, ct);
        if (!found.Decided)
        {
            await desk.RefreshAsync(RegionCode.Parse(found.RegionCode), ct);
            found = await SeismicAccess.LoadAsync(db, caller, id, track: false, ct);
        }
        var (days, today) = await desk.TodayAsync(found.ReceivedOn, ct);
        var region = (await RegionLookup.ForAsync(db, ct, found.RegionCode))(found.RegionCode);
        return ApprovalDesk.Dto(found, region?.Name, days, today);
    }
}
