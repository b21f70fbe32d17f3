using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Contracts;

public sealed class GetContract(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ContractDto> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var contract = await ContractAccess.LoadAsync(db, caller, id, ct);
        return (await ContractDto.ListAsync(db, [contract], clock.TodayInChina(), ct))[0];
    }
}
