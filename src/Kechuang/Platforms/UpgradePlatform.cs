using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Platforms.Kinds;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Platforms;

/// <summary>升级: a new recognition at a higher level; the earlier one stays in the history (docs/domain.md §7.2).</summary>
public sealed class UpgradePlatform(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PlatformDto> HandleAsync(Caller caller, Guid id, PlatformUpgradeRequest request, CancellationToken ct = default)
    {
        var platform = await PlatformAccess.LoadAsync(db, caller, id, ct);
        PlatformAccess.RequireWrite(caller, RegionCode.Parse(platform.RegionCode));
        var validation = new Validation();
        PlatformRules.Upgrade(platform, request, await PlatformCatalogue.LoadAsync(db, ct), clock.TodayInChina(), validation);
        validation.ThrowIfAny();

        var now = clock.GetUtcNow();
        var level = PlatformKinds.Level(request.Level)!;
        var recognition = new PlatformRecognition
        {
            PlatformId = platform.Id, Level = level, RecognisedOn = request.RecognisedOn!.Value,
            DocumentNumber = string.IsNullOrWhiteSpace(request.DocumentNumber) ? null : request.DocumentNumber.Trim(), CreatedAt = now,
        };
        db.PlatformRecognitions.Add(recognition);   // fix-up puts it in platform.Recognitions too
        platform.Level = level;
        platform.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, platform.RegionCode);
        return PlatformDto.From(platform, regions(platform.RegionCode)?.Name);
    }
}
