using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>GET /api/voucher-programmes: the region's programmes, newest year first, with what was issued and redeemed.</summary>
public sealed class ListProgrammes(KechuangDbContext db)
{
    public async Task<IReadOnlyList<ProgrammeDto>> HandleAsync(Caller caller, string? regionCode, int? year = null, CancellationToken ct = default)
    {
        var scope = VoucherAccess.Scope(caller, regionCode);
        var rows = VoucherAccess.Programmes(db, scope);
        if (year is { } y)
        {
            rows = rows.Where(p => p.Year == y);
        }
        var list = await rows.OrderByDescending(p => p.Year).ThenBy(p => p.Name).Take(500).ToListAsync(ct);
        return await DtosAsync(db, list, ct);
    }

    internal static async Task<List<ProgrammeDto>> DtosAsync(KechuangDbContext db, IReadOnlyList<VoucherProgramme> list, CancellationToken ct)
    {
        var ids = list.Select(p => (Guid?)p.Id).ToList();
        // Sums in memory: SQLite stores money as integer fen through a converter and cannot SUM it as decimal (ADR 0006).
        var vouchers = await db.Vouchers.AsNoTracking().Where(v => ids.Contains(v.ProgrammeId) && v.Status != VoucherWords.Refused)
            .Select(v => new { v.ProgrammeId, v.Amount, v.Balance, v.Status }).ToListAsync(ct);
        var names = await RegionLookup.ForAsync(db, ct, [.. list.Select(p => p.RegionCode).Distinct()]);
        return [.. list.Select(p =>
        {
            var mine = vouchers.Where(v => v.ProgrammeId == p.Id).ToList();
            var active = mine.Where(v => v.Status is VoucherWords.Active or VoucherWords.Cancelled).ToList();
            return new ProgrammeDto(p.Id, p.Name, p.RegionCode, names(p.RegionCode)?.Name, p.Year, p.Total, p.PerEnterpriseLimit, p.Share,
                p.ValidFrom, p.ValidUntil, p.AutoAmount, mine.Sum(v => v.Amount), active.Sum(v => v.Amount - v.Balance), mine.Count, p.Version);
        })];
    }
}
