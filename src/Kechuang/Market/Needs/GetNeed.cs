using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Needs;

public sealed class GetNeed(KechuangDbContext db)
{
    public async Task<NeedDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        NeedDto.From(await NeedAccess.LoadAsync(db, caller, id, track: false, ct));
}
