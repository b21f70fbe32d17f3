using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// POST /api/talent/awards and PUT …/{id} (docs/domain.md §7.7): an application to a programme concerning the region, by
/// an enterprise of the register (its county) or an institution (the county given); decided 入选 or not; funding
/// defaults to the programme's standard × years.
/// </summary>
public sealed class SaveAward(KechuangDbContext db, TimeProvider clock)
{
    public async Task<AwardDto> HandleAsync(Caller caller, Guid? id, AwardRequest request, CancellationToken ct = default)
    {
        var award = id is { } existing ? await TalentAccess.LoadAwardAsync(db, caller, existing, ct) : null;
        if (award is not null)
        {
            TalentAccess.RequireBureauWrite(caller, award.RegionCode);
        }
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var validation = new Validation();
        TalentRules.Award(request, clock.TodayInChina(), validation);
        var programme = request.ProgrammeId is { } pid ? await db.TalentProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        if (request.ProgrammeId is null)
        {
            validation.Add("programmeId", "请选择人才计划");
        }
        else if (programme is null || !TalentAccess.Concerns(caller, programme.RegionCode))
        {
            validation.Add("programmeId", "所选人才计划不存在，或与本辖区无关");
        }
        else if (programme.Retired && award?.ProgrammeId != programme.Id)
        {
            validation.Add("programmeId", $"“{programme.Name}”已停止申报");
        }
        string employer;
        string county;
        if (request.EnterpriseId is { } enterpriseId)
        {
            // Unknown or outside the caller's region: 404 with the same words, so ids cannot be probed.
            county = await EnterpriseReference.CheckIdAsync(db, caller, enterpriseId, null, "enterpriseId", new Validation(), ct)
                ?? throw new NotFoundException("未找到该企业，或不在本辖区");
            validation.ThrowIfAny();
            employer = (await EnterpriseLookup.NamesAsync(db, [enterpriseId], ct))[enterpriseId];
        }
        else
        {
            if (string.IsNullOrWhiteSpace(request.Institution))
            {
                validation.Add("institution", "请选择企业库中的用人单位，或填写事业单位（医院、学校、科研院所等）名称");
            }
            else if (request.Institution.Trim().Length > TalentRules.MaxName)
            {
                validation.Add("institution", $"用人单位名称不能超过{TalentRules.MaxName}个字");
            }
            county = (await WritableCounty.CheckAsync(db, caller, request.RegionCode, TalentAccess.Business, validation, ct)).Code;
            employer = request.Institution!.Trim();
        }
        validation.ThrowIfAny();
        if (award is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, award, version);
        }
        var now = clock.GetUtcNow();
        award ??= db.TalentAwards.Add(new TalentAward { Employer = "", RegionCode = "", PersonName = "", Degree = "", Field = "", Status = "", CreatedAt = now }).Entity;
        var status = TalentRules.Blank(request.Status) ?? (request.DecidedOn is null ? TalentRules.Applying : TalentRules.Awarded);
        award.ProgrammeId = programme!.Id;
        award.EnterpriseId = request.EnterpriseId;
        award.Employer = employer;
        award.RegionCode = county;
        award.PersonName = request.PersonName!.Trim();
        award.Gender = TalentRules.Blank(request.Gender);
        award.IdType = TalentRules.Blank(request.IdType);
        award.IdNumber = TalentRules.Blank(request.IdNumber)?.ToUpperInvariant();
        award.Degree = request.Degree!.Trim();
        award.Field = request.Field!.Trim();
        award.Status = status;
        award.AppliedOn = request.AppliedOn!.Value;
        award.DecidedOn = request.DecidedOn;
        award.FundingGranted = status == TalentRules.Awarded
            ? request.FundingGranted ?? (programme.AnnualFunding is { } yearly ? yearly * (programme.FundingYears ?? 1) : 0m)
            : 0m;
        award.FundingPaid = status == TalentRules.Awarded ? Math.Min(request.FundingPaid ?? 0m, award.FundingGranted) : 0m;
        award.Remark = TalentRules.Blank(request.Remark);
        award.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return (await ListTalentAwards.DtosAsync(db, [award], ct))[0];
    }
}
