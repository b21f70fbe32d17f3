using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.IntellectualProperty;

/// <summary>GET /api/patents/{id}: a patent the caller sees (404 otherwise).</summary>
public sealed class GetPatent(KechuangDbContext db)
{
    public async Task<PatentDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        PatentDto.From(await IpAccess.LoadPatentAsync(db, caller, id, track: false, ct));
}
