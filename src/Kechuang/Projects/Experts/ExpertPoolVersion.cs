using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Experts;

/// <summary>How many experts the caller's pool holds and the sum of their row versions: changes whenever one is added or edited.</summary>
public sealed record ExpertPoolStamp(int Count, long Versions);

/// <summary>
/// The pool's watermark for the technology market's index (ADR 0019): one aggregate over the experts the caller may
/// list, so a search reads the pool page by page only when this moved. Every edit bumps <see cref="Expert.Version"/>
/// (VersioningInterceptor) and the pool has no delete, so an unchanged stamp means an unchanged pool.
/// </summary>
public sealed class ExpertPoolVersion(KechuangDbContext db)
{
    public async Task<ExpertPoolStamp> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        var stamp = await ExpertAccess.Scoped(db, caller, null).GroupBy(_ => 1)
            .Select(g => new ExpertPoolStamp(g.Count(), g.Sum(e => (long)e.Version))).FirstOrDefaultAsync(ct);
        return stamp ?? new ExpertPoolStamp(0, 0);
    }
}
