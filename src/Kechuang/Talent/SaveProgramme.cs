using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

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
