using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Projects.Calls;

/// <summary>Drafts a call of the caller's region; enterprises see it once it is published (docs/domain.md §6.2).</summary>
public sealed class CreateCall(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CallDto> HandleAsync(Caller caller, CallRequest request, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var region = await SaveCall.CheckAsync(db, caller, request, null, today, ct);
        var now = clock.GetUtcNow();
        var call = new ProjectCall { Title = "", Programme = "", RegionCode = region.Code, CreatedAt = now };
        db.ProjectCalls.Add(call);
        SaveCall.Apply(db, call, request, now);
        await db.SaveChangesAsync(ct);
        return CallDto.From(call, region.Name, today);
    }
}
