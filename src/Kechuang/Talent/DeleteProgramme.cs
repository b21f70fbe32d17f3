using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

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
