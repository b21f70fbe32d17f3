using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>What other modules may ask of the enterprise register; they never read its tables themselves.</summary>
public static class EnterpriseLookup
{
    public static Task<bool> ExistsAsync(KechuangDbContext db, Guid id, CancellationToken ct) =>
        db.Enterprises.AnyAsync(e => e.Id == id, ct);

    /// <summary>The enterprise's 统一社会信用代码, or null when there is no such enterprise.</summary>
    public static Task<string?> UsccAsync(KechuangDbContext db, Guid id, CancellationToken ct) =>
        db.Enterprises.Where(e => e.Id == id).Select(e => e.Uscc).FirstOrDefaultAsync(ct);
}
