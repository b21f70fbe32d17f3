using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>POST /api/talent/experts and PUT …/{id}: a foreign expert of a county of the caller's region.</summary>
public sealed class SaveForeignExpert(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExpertDto> HandleAsync(Caller caller, Guid? id, ExpertRequest request, CancellationToken ct = default)
    {
        var expert = id is { } existing ? await db.ForeignExperts.FirstOrDefaultAsync(e => e.Id == existing, ct) : null;
        if (id is not null && (expert is null || !TalentAccess.IsBureau(caller) || !caller.CanSee(RegionCode.Parse(expert.RegionCode))))
        {
            throw new NotFoundException("未找到该外国专家");
        }
        if (expert is not null)
        {
            TalentAccess.RequireBureauWrite(caller, expert.RegionCode);
        }
        var validation = new Validation();
        TalentRules.Expert(request, validation);
        var county = await WritableCounty.CheckAsync(db, caller, request.RegionCode, TalentAccess.Business, validation, ct);
        if (expert is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, expert, version);
        }
        expert ??= db.ForeignExperts.Add(new ForeignExpert { Name = "", Nationality = "", PermitCategory = "", Employer = "", RegionCode = "" }).Entity;
        expert.Name = request.Name!.Trim();
        expert.Nationality = request.Nationality!.Trim();
        expert.PermitCategory = TalentRules.Category(request.PermitCategory!)!;
        expert.PermitNumber = TalentRules.Blank(request.PermitNumber);
        expert.Employer = request.Employer!.Trim();
        expert.RegionCode = county.Code;
        expert.Field = TalentRules.Blank(request.Field);
        expert.ValidFrom = request.ValidFrom!.Value;
        expert.ValidTo = request.ValidTo!.Value;
        expert.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ExpertDto.From(expert, clock.TodayInChina());
    }
}
