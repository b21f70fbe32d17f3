using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// 待办: received contracts that have waited more than 20 of their 30 days (docs/domain.md §5), oldest first, so the
/// registry decides them before the time limit; overdue ones show a negative number of days left.
/// </summary>
public sealed class ListWaitingContracts(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ContractDto>> HandleAsync(Caller caller, string? regionCode = null, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var cutoff = today.AddDays(-ContractStatus.WaitingAfterDays - 1);
        var contracts = await ContractAccess.ScopedAsync(db, caller, regionCode, ct);
        var waiting = await contracts.Where(c => c.Status == ContractStatus.Received && c.ReceivedOn <= cutoff)
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id).Take(1000).ToListAsync(ct);
        return await ContractDto.ListAsync(db, waiting, today, ct);
    }
}
