using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>DELETE /api/talent/experts/{id}: a foreign expert entered by mistake.</summary>
public sealed class DeleteForeignExpert(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var expert = await db.ForeignExperts.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (expert is null)
        {
            throw new NotFoundException("未找到该外国专家");
        }
        TalentAccess.RequireBureauWrite(caller, expert.RegionCode);
        db.ForeignExperts.Remove(expert);
        await db.SaveChangesAsync(ct);
    }
}
