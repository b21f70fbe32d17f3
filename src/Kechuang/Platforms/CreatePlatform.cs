using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Platforms.Kinds;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms;

/// <summary>Registers a platform of the caller's region at its first recognition (docs/domain.md §7.2).</summary>
public sealed class CreatePlatform(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PlatformDto> HandleAsync(Caller caller, PlatformRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var today = clock.TodayInChina();
        var regions = await RegionLookup.ForAsync(db, ct, request.RegionCode);
        var region = string.IsNullOrWhiteSpace(request.RegionCode) ? null : regions(request.RegionCode.Trim());
        var catalogue = await PlatformCatalogue.LoadAsync(db, ct);
        var validation = new Validation();
        PlatformRules.Check(request, catalogue, region, today, validation);
        validation.ThrowIfAny();
        PlatformAccess.RequireWrite(caller, RegionCode.Parse(region!.Code));

        var (enterpriseId, hostName) = await HostAsync(caller, request, region, ct);
        var kind = catalogue.Kind(request.Kind)!.Name;
        var duplicate = enterpriseId is { } host
            ? await db.Platforms.AsNoTracking().Include(p => p.Recognitions).FirstOrDefaultAsync(p => p.EnterpriseId == host && p.Kind == kind && p.WithdrawnOn == null, ct)
            : await db.Platforms.AsNoTracking().Include(p => p.Recognitions).FirstOrDefaultAsync(p => p.RegionCode == region.Code && p.Name == request.Name!.Trim() && p.WithdrawnOn == null, ct);
        if (duplicate is not null)
        {
            throw new ConflictException($"{duplicate.HostName}已有{duplicate.Level}{duplicate.Kind}“{duplicate.Name}”（{Zh.Date(duplicate.RecognisedOn)}认定），请勿重复登记；升级请在该平台下登记");
        }

        var now = clock.GetUtcNow();
        var level = PlatformKinds.Level(request.Level)!;
        var platform = new Platform
        {
            Name = request.Name!.Trim(),
            Kind = kind,
            Level = level,
            RegionCode = region.Code,
            EnterpriseId = enterpriseId,
            HostName = hostName,
            Field = string.IsNullOrWhiteSpace(request.Field) ? null : request.Field.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        platform.Recognitions.Add(new PlatformRecognition
        {
            PlatformId = platform.Id, Level = level, RecognisedOn = request.RecognisedOn!.Value,
            DocumentNumber = string.IsNullOrWhiteSpace(request.DocumentNumber) ? null : request.DocumentNumber.Trim(), CreatedAt = now,
        });
        db.Platforms.Add(platform);
        await db.SaveChangesAsync(ct);
        return PlatformDto.From(platform, region.Name);
    }

    /// <summary>
    /// The host enterprise by id or 统一社会信用代码, checked by the one reference rule (ADR 0015) and refused with 403 when
    /// it is not the caller's to book, in the same words whether it exists elsewhere or not at all; else an institution.
    /// </summary>
    private async Task<(Guid? Id, string Name)> HostAsync(Caller caller, PlatformRequest request, Region region, CancellationToken ct)
    {
        var id = request.EnterpriseId;
        if (id is null && !string.IsNullOrWhiteSpace(request.EnterpriseUscc))
        {
            id = await EnterpriseLookup.IdByUsccAsync(db, request.EnterpriseUscc, ct)
                ?? throw new ValidationFailedException("enterpriseUscc", $"企业库中没有统一社会信用代码为 {request.EnterpriseUscc.Trim().ToUpperInvariant()} 的企业");
        }
        if (id is not { } enterprise)
        {
            return (null, request.HostName!.Trim());
        }
        var check = new Validation();
        await EnterpriseReference.CheckIdAsync(db, caller, enterprise, RegionCode.Parse(region.Code), "enterpriseId", check, ct);
        try
        {
            check.ThrowIfAny();
        }
        catch (ValidationFailedException e)
        {
            // A platform raises its county's figures: booking another county's enterprise is a matter of rights.
            throw new ForbiddenException(e.Errors["enterpriseId"][0]);
        }
        var names = await EnterpriseLookup.NamesAsync(db, [enterprise], ct);
        return (enterprise, names[enterprise]);
    }
}
