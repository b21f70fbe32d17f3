using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// Gives enterprises saved before names carried their 拼音首字母 their initials, once, at start. Written past the
/// change tracker: a derived column is not an edit anyone made, so it leaves no audit entry.
/// </summary>
internal static class FillNameInitials
{
    public static async Task<int> RunAsync(KechuangDbContext db, CancellationToken ct)
    {
        var filled = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.Enterprises.AsNoTracking()
                .Where(e => e.NameInitials == "" && e.Id.CompareTo(after) > 0)
                .OrderBy(e => e.Id).Take(1000)
                .Select(e => new { e.Id, e.Name })
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return filled;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in batch)
            {
                var initials = PinyinInitials.Of(row.Name);
                if (initials.Length > 0)
                {
                    filled += await db.Enterprises.Where(e => e.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.NameInitials, initials), ct);
                }
            }
            await transaction.CommitAsync(ct);
            after = batch[^1].Id;
        }
    }
}
