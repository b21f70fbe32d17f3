using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Projects.Calls;

/// <summary>
/// 发布: from now on the region's enterprises see the call, and the public page lists it while it is open. A call is
/// published once and only before it closes: a second time is 409 with the day it was published.
/// </summary>
public sealed class PublishCall(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CallDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var call = await CallAccess.LoadAsync(db, caller, id, track: true, ct);
        CallAccess.RequireWrite(caller, RegionCode.Parse(call.RegionCode));
        if (call.PublishedAt is { } at)
        {
            throw new ConflictException($"该指南已于{Zh.DateTime(at)}发布");
        }
        if (call.ClosesOn < today)
        {
            throw new ValidationFailedException("closesOn", $"申报截止日期 {Zh.Date(call.ClosesOn)} 已过，请先修改日期再发布");
        }
        call.PublishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, call.RegionCode);
        return CallDto.From(call, regions(call.RegionCode)?.Name, today);
    }
}
