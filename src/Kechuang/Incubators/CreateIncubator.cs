using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Incubators;

/// <summary>Registers a carrier of the caller's region with its first space (docs/domain.md §7.3).</summary>
public sealed class CreateIncubator(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorDto> HandleAsync(Caller caller, IncubatorRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var today = clock.TodayInChina();
        var regions = await RegionLookup.ForAsync(db, ct, request.RegionCode);
        var region = string.IsNullOrWhiteSpace(request.RegionCode) ? null : regions(request.RegionCode.Trim());
        var validation = new Validation();
        IncubatorRules.Check(request, region, today, validation);
        validation.ThrowIfAny();
        IncubatorAccess.RequireWrite(caller, RegionCode.Parse(region!.Code));

        var name = request.Name!.Trim();
        if (await db.Incubators.AsNoTracking().FirstOrDefaultAsync(i => i.RegionCode == region.Code && i.Name == name, ct) is { } existing)
        {
            throw new ConflictException($"{region.Name}已登记孵化载体“{existing.Name}”（{existing.Level}{existing.Kind}，{Zh.Date(existing.OpenedOn)}启用），请勿重复登记；新增面积请在该载体下登记");
        }
        var now = clock.GetUtcNow();
        var incubator = new Incubator
        {
            Name = name,
            Kind = IncubatorWords.Kind(request.Kind)!,
            Level = IncubatorWords.Level(request.Level)!,
            RegionCode = region.Code,
            Operator = Blank(request.Operator),
            Address = Blank(request.Address),
            OpenedOn = request.InUseOn!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        incubator.Areas.Add(new IncubatorArea { IncubatorId = incubator.Id, AreaSqm = request.AreaSqm!.Value, InUseOn = request.InUseOn.Value, Note = "启用", CreatedAt = now });
        db.Incubators.Add(incubator);
        await db.SaveChangesAsync(ct);
        return IncubatorDto.From(incubator, region.Name, today);
    }

    private static string? Blank(string? text) => Validation.Blank(text);
}
