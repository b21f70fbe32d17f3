using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>GET /api/talent/awards: the applications and awards of the caller's region (the bureau only), newest first.</summary>
public sealed class ListTalentAwards(KechuangDbContext db)
{
    public async Task<Page<AwardDto>> HandleAsync(Caller caller, ListTalentAwardsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<AwardDto>.Normalize(query.Page, query.PageSize);
        var rows = await FilteredAsync(db, caller, query, ct);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(a => a.AppliedOn).ThenBy(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<AwardDto>(await DtosAsync(db, items, ct), total, page, size);
    }

    internal static async Task<IQueryable<TalentAward>> FilteredAsync(KechuangDbContext db, Caller caller, ListTalentAwardsQuery query, CancellationToken ct)
    {
        var rows = TalentAccess.InRegion(db.TalentAwards.AsNoTracking(), a => a.RegionCode, TalentAccess.BureauScope(caller, query.Region), db);
        if (query.ProgrammeId is { } programme)
        {
            rows = rows.Where(a => a.ProgrammeId == programme);
        }
        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            var level = query.Level.Trim();
            if (!TalentRules.Levels.Contains(level))
            {
                throw new ValidationFailedException("level", $"级别应为{string.Join("、", TalentRules.Levels)}之一");
            }
            var ids = await db.TalentProgrammes.Where(p => p.Level == level).Select(p => p.Id).ToListAsync(ct);
            rows = rows.Where(a => ids.Contains(a.ProgrammeId));
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status.Trim();
            if (!TalentRules.AwardStatuses.Contains(status))
            {
                throw new ValidationFailedException("status", $"状态应为{string.Join("、", TalentRules.AwardStatuses)}之一");
            }
            rows = rows.Where(a => a.Status == status);
        }
        if (query.Year is { } year)
        {
            if (year is < 2000 or > 2100)
            {
                throw new ValidationFailedException("year", "年份应在2000年以后");
            }
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            rows = rows.Where(a => (a.AppliedOn >= from && a.AppliedOn <= to) || (a.DecidedOn >= from && a.DecidedOn <= to));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(a => EF.Functions.Like(a.PersonName, pattern, "\\") || EF.Functions.Like(a.Employer, pattern, "\\") || EF.Functions.Like(a.Field, pattern, "\\"));
        }
        return rows;
    }

    internal static async Task<List<AwardDto>> DtosAsync(KechuangDbContext db, IReadOnlyList<TalentAward> awards, CancellationToken ct)
    {
        var ids = awards.Select(a => a.Id).ToList();
        var programmeIds = awards.Select(a => a.ProgrammeId).Distinct().ToList();
        var programmes = await db.TalentProgrammes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var checks = (await db.TalentChecks.AsNoTracking().Where(c => ids.Contains(c.AwardId)).ToListAsync(ct)).ToLookup(c => c.AwardId);
        return [.. awards.Select(a => AwardDto.From(a, programmes.GetValueOrDefault(a.ProgrammeId), checks[a.Id]))];
    }
}

/// <summary>GET /api/talent/awards/{id}: one award with its person's data, for the bureau of its county (404 for anyone else).</summary>
public sealed class GetTalentAward(KechuangDbContext db)
{
    public async Task<AwardDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        (await ListTalentAwards.DtosAsync(db, [await TalentAccess.LoadAwardAsync(db, caller, id, ct)], ct))[0];
}

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

/// <summary>DELETE /api/talent/awards/{id}: a record entered by mistake, with its checks.</summary>
public sealed class DeleteAward(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var award = await TalentAccess.LoadAwardAsync(db, caller, id, ct);
        TalentAccess.RequireBureauWrite(caller, award.RegionCode);
        db.TalentAwards.Remove(award);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>POST /api/talent/awards/{id}/checks: the 年度考核 of an award (入选 only); the same year again replaces it.</summary>
public sealed class RecordCheck(KechuangDbContext db, TimeProvider clock)
{
    public async Task<AwardDto> HandleAsync(Caller caller, Guid id, CheckRequest request, CancellationToken ct = default)
    {
        var award = await TalentAccess.LoadAwardAsync(db, caller, id, ct);
        TalentAccess.RequireBureauWrite(caller, award.RegionCode);
        var validation = new Validation();
        if (award.Status != TalentRules.Awarded)
        {
            validation.Add("result", $"{award.Status}的申报没有年度考核：入选后才考核");
        }
        TalentRules.Check(request, award.DecidedOn, clock.TodayInChina(), validation);
        validation.ThrowIfAny();
        var check = await db.TalentChecks.FirstOrDefaultAsync(c => c.AwardId == id && c.Year == request.Year, ct);
        check ??= db.TalentChecks.Add(new TalentCheck { AwardId = id, Year = request.Year!.Value, Result = "" }).Entity;
        check.Result = request.Result!.Trim();
        check.CheckedOn = request.CheckedOn!.Value;
        check.Remark = TalentRules.Blank(request.Remark);
        award.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (await ListTalentAwards.DtosAsync(db, [award], ct))[0];
    }
}
