using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>
/// 兑现创新券金额 (docs/domain.md §7.4, §3): the year to date's amounts covered by vouchers, by the day of service, in yuan
/// (the catalogue shows 万元). A region that issued no voucher by the year's end gets no figure (docs/domain.md §3, rank).
/// </summary>
public sealed class VoucherIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "vouchers";
    public const string Redeemed = "vouchers_redeemed";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Redeemed];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        if (!query.Codes.Contains(Redeemed))
        {
            return figures;
        }
        var start = new DateOnly(query.Year, 1, 1);
        var end = new DateOnly(query.Year, 12, 31);
        foreach (var region in query.Regions)
        {
            var vouchers = db.Vouchers.AsNoTracking().Within(v => v.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
            var redeemed = await VoucherAccess.Redemptions(db, region).Where(r => r.ServedOn >= start && r.ServedOn <= end)
                .Select(r => new { r.ServedOn, r.Covered }).ToListAsync(ct);
            // A voucher entered later may carry services of the year (补录): the register is in use when either holds.
            if (redeemed.Count == 0 && !await vouchers.AnyAsync(v => v.Status != VoucherWords.Pending && v.Status != VoucherWords.Refused && v.IssuedOn <= end, ct))
            {
                continue;          // register not in use here: no figure at all, not 0 (docs/domain.md §3, rank)
            }
            for (var month = 1; month <= 12; month++)
            {
                figures.Add(new DerivedFigure(Redeemed, region.Value, month, redeemed.Where(r => r.ServedOn.Month <= month).Sum(r => r.Covered), InYuan: true));
            }
        }
        return figures;
    }
}
