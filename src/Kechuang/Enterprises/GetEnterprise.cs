using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Enterprises;

public sealed class GetEnterprise(KechuangDbContext db, TimeProvider clock)
{
    public async Task<EnterpriseDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        return (await EnterpriseQueries.ToDtosAsync(db, [enterprise], clock.TodayInChina(), ct))[0];
    }
}
