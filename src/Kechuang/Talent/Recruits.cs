using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>GET /api/talent/recruits: the postgraduates and postdocs the caller sees (docs/domain.md §7.7), newest first.</summary>
public sealed class ListRecruits(KechuangDbContext db)
{
    public async Task<Page<RecruitDto>> HandleAsync(Caller caller, ListRecruitsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<RecruitDto>.Normalize(query.Page, query.PageSize);
        var rows = Filtered(TalentAccess.Recruits(db, caller, query.Region), query);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.RecruitedOn).ThenBy(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<RecruitDto>([.. items.Select(RecruitDto.From)], total, page, size);
    }

    internal static IQueryable<TalentRecruit> Filtered(IQueryable<TalentRecruit> rows, ListRecruitsQuery query)
    {
        if (query.EnterpriseId is { } enterprise)
        {
            rows = rows.Where(r => r.EnterpriseId == enterprise);
        }
        if (!string.IsNullOrWhiteSpace(query.Degree))
        {
            var degree = query.Degree.Trim();
            if (!TalentRules.RecruitDegrees.Contains(degree))
            {
                throw new ValidationFailedException("degree", "学历应为硕士、博士或博士后");
            }
            rows = rows.Where(r => r.Degree == degree);
        }
        if (query.Year is { } year)
        {
            if (year is < 2000 or > 2100)
            {
                throw new ValidationFailedException("year", "年份应在2000年以后");
            }
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            rows = rows.Where(r => r.RecruitedOn >= from && r.RecruitedOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(r => EF.Functions.Like(r.PersonName, pattern, "\\") || EF.Functions.Like(r.Employer, pattern, "\\")
                || EF.Functions.Like(r.School, pattern, "\\") || (r.Major != null && EF.Functions.Like(r.Major, pattern, "\\")));
        }
        return rows;
    }
}

/// <summary>GET /api/talent/recruits/{id}: one the caller sees (another enterprise's: 404).</summary>
public sealed class GetRecruit(KechuangDbContext db)
{
    public async Task<RecruitDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        RecruitDto.From(await LoadAsync(db, caller, id, track: false, ct));

    internal static async Task<TalentRecruit> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct) =>
        await TalentAccess.Recruits(db, caller, null, track).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("未找到该人才招引记录");
}

/// <summary>
/// POST /api/talent/recruits and PUT …/{id} (docs/domain.md §7.7): a postgraduate or postdoc an enterprise of the register
/// recruited; an enterprise user reports its own, the bureau any enterprise of its region. Booked to the enterprise's county.
/// </summary>
public sealed class SaveRecruit(KechuangDbContext db, TimeProvider clock)
{
    public async Task<RecruitDto> HandleAsync(Caller caller, Guid? id, RecruitRequest request, CancellationToken ct = default)
    {
        var recruit = id is { } existing ? await GetRecruit.LoadAsync(db, caller, existing, track: true, ct) : null;
        if (caller.IsIn(Roles.Enterprise) && request.EnterpriseId is null && caller.EnterpriseId is { } own)
        {
            request = request with { EnterpriseId = own };
        }
        TalentAccess.RequireRecruitWrite(caller, request.EnterpriseId);
        var validation = new Validation();
        TalentRules.Recruit(request, clock.TodayInChina(), validation);
        string? county = null;
        if (request.EnterpriseId is not { } enterpriseId)
        {
            validation.Add("enterpriseId", "请选择招引人才的企业");
        }
        else
        {
            county = await EnterpriseReference.CheckIdAsync(db, caller, enterpriseId, null, "enterpriseId", new Validation(), ct)
                ?? throw new NotFoundException("未找到该企业，或不在本辖区");
        }
        validation.ThrowIfAny();
        if (recruit is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, recruit, version);
        }
        var names = await EnterpriseLookup.NamesAsync(db, [request.EnterpriseId!.Value], ct);
        recruit ??= db.TalentRecruits.Add(new TalentRecruit { Employer = "", RegionCode = "", PersonName = "", Degree = "", School = "" }).Entity;
        Apply(recruit, request, names[request.EnterpriseId.Value], county!, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RecruitDto.From(recruit);
    }

    internal static void Apply(TalentRecruit recruit, RecruitRequest request, string employer, string county, DateTimeOffset now)
    {
        recruit.EnterpriseId = request.EnterpriseId!.Value;
        recruit.Employer = employer;
        recruit.RegionCode = county;
        recruit.PersonName = request.PersonName!.Trim();
        recruit.Degree = request.Degree!.Trim();
        recruit.School = request.School!.Trim();
        recruit.Major = TalentRules.Blank(request.Major);
        recruit.RecruitedOn = request.RecruitedOn!.Value;
        recruit.UpdatedAt = now;
    }
}

/// <summary>DELETE /api/talent/recruits/{id}: a record entered by mistake (the enterprise's own, or the bureau's region).</summary>
public sealed class DeleteRecruit(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var recruit = await GetRecruit.LoadAsync(db, caller, id, track: true, ct);
        TalentAccess.RequireRecruitWrite(caller, recruit.EnterpriseId);
        db.TalentRecruits.Remove(recruit);
        await db.SaveChangesAsync(ct);
    }
}
