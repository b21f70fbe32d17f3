using Kechuang.Contracts;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Market.Cooperation;

/// <summary>GET /api/market/cooperations/contracts?q=: the region's technology contracts a cooperation may cite, through the registry's <see cref="ContractLookup"/>.</summary>
public sealed class FindContracts(KechuangDbContext db)
{
    public async Task<IReadOnlyList<ContractReference>> HandleAsync(Caller caller, string? q, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        return await ContractLookup.SearchAsync(db, caller.Region, q, 20, ct);
    }
}
