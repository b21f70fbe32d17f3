using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Platforms;

public sealed class GetPlatform(KechuangDbContext db)
{
    public async Task<PlatformDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var platform = await PlatformAccess.LoadAsync(db, caller, id, ct);
        var regions = await RegionLookup.ForAsync(db, ct, platform.RegionCode);
        return PlatformDto.From(platform, regions(platform.RegionCode)?.Name);
    }
}
