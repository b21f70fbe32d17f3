using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>GET /api/talent/recruits/{id}: one the caller sees (another enterprise's: 404).</summary>
public sealed class GetRecruit(KechuangDbContext db)
{
    public async Task<RecruitDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        RecruitDto.From(await LoadAsync(db, caller, id, track: false, ct));

    internal static async Task<TalentRecruit> LoadAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct) =>
        await TalentAccess.Recruits(db, caller, null, track).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("未找到该人才招引记录");
}
