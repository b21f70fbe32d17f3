using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// GET /api/talent/programmes: the programmes concerning the caller's region — run above it (国家级, 省级, the city's) or
/// inside it — by level, then name; <c>all</c> includes retired ones.
/// </summary>
public sealed class ListProgrammes(KechuangDbContext db)
{
    public async Task<IReadOnlyList<ProgrammeDto>> HandleAsync(Caller caller, bool all, CancellationToken ct = default)
    {
        TalentAccess.BureauScope(caller, null);
        var rows = await db.TalentProgrammes.AsNoTracking().ToListAsync(ct);   // a catalogue of a few dozen rows
        var visible = rows.Where(p => TalentAccess.Concerns(caller, p.RegionCode) && (all || !p.Retired))
            .OrderBy(p => TalentRules.Levels.ToList().IndexOf(p.Level)).ThenBy(p => p.RegionCode, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var names = await RegionLookup.ForAsync(db, ct, [.. visible.Select(p => p.RegionCode).Distinct()]);
        return [.. visible.Select(p => ProgrammeDto.From(p, names(p.RegionCode)?.Name))];
    }
}

/// <summary>
/// POST /api/talent/programmes and PUT …/{id} (docs/domain.md §7.7): an administrator of a region covering the
/// programme's region keeps it; the level follows that region. One name per region (409).
/// </summary>
public sealed class SaveProgramme(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ProgrammeDto> HandleAsync(Caller caller, Guid? id, ProgrammeRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        var programme = id is { } existing ? await db.TalentProgrammes.FirstOrDefaultAsync(p => p.Id == existing, ct) : null;
        if (id is not null && (programme is null || !TalentAccess.Concerns(caller, programme.RegionCode)))
        {
            throw new NotFoundException("未找到该人才计划");
        }
        if (programme is not null && !caller.CanSee(RegionCode.Parse(programme.RegionCode)))
        {
            throw new ForbiddenException("上级人才计划由上级管理员维护");
        }
        var validation = new Validation();
        TalentRules.Programme(request, validation);
        var text = request.RegionCode?.Trim();
        var region = string.IsNullOrEmpty(text) ? null : (await RegionLookup.ForAsync(db, ct, text))(text);
        var level = region is null ? null : TalentRules.LevelOf(region.Level);
        if (string.IsNullOrEmpty(text))
        {
            validation.Add("regionCode", "请填写实施人才计划的地区区划代码");
        }
        else if (region is null || region.RetiredOn is not null)
        {
            validation.Add("regionCode", $"区划代码 {text} 不存在");
        }
        else if (level is null)
        {
            validation.Add("regionCode", $"{region.Name}是乡镇：人才计划由县级及以上地区实施");
        }
        validation.ThrowIfAny();
        caller.RequireRegion(RegionCode.Parse(region!.Code));
        var name = request.Name!.Trim();
        if (await db.TalentProgrammes.AnyAsync(p => p.RegionCode == region.Code && p.Name == name && p.Id != (id ?? Guid.Empty), ct))
        {
            throw new ConflictException($"{region.Name}已有名为“{name}”的人才计划");
        }
        if (programme is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, programme, version);
        }
        programme ??= db.TalentProgrammes.Add(new TalentProgramme { Name = "", Level = "", RegionCode = "" }).Entity;
        programme.Name = name;
        programme.Level = level!;
        programme.RegionCode = region.Code;
        programme.AnnualFunding = request.AnnualFunding;
        programme.FundingYears = request.FundingYears;
        programme.Remark = TalentRules.Blank(request.Remark);
        programme.Retired = request.Retired ?? false;
        programme.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ProgrammeDto.From(programme, region.Name);
    }
}

/// <summary>DELETE /api/talent/programmes/{id}: a programme entered by mistake; one with applications is retired instead (409).</summary>
public sealed class DeleteProgramme(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin);
        var programme = await db.TalentProgrammes.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null || !TalentAccess.Concerns(caller, programme.RegionCode))
        {
            throw new NotFoundException("未找到该人才计划");
        }
        caller.RequireRegion(RegionCode.Parse(programme.RegionCode));
        if (await db.TalentAwards.AnyAsync(a => a.ProgrammeId == id, ct))
        {
            throw new ConflictException($"“{programme.Name}”已有申报记录，不能删除：请改为停止申报");
        }
        db.TalentProgrammes.Remove(programme);
        await db.SaveChangesAsync(ct);
    }
}
