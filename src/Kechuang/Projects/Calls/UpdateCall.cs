using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Projects.Calls;

/// <summary>Changes a call, the whole of it, with the version read (a concurrent change is 409).</summary>
public sealed class UpdateCall(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CallDto> HandleAsync(Caller caller, Guid id, CallRequest request, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var call = await CallAccess.LoadAsync(db, caller, id, track: true, ct);
        CallAccess.RequireWrite(caller, RegionCode.Parse(call.RegionCode));
        var region = await SaveCall.CheckAsync(db, caller, request, id, today, ct);
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, call, version);
        }
        SaveCall.Apply(db, call, request, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return CallDto.From(call, region.Name, today);
    }
}
