using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;

namespace Kechuang.Talent;

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
