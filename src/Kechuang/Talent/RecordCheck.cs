using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

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
