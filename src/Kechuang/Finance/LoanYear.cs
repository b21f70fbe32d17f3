using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>
/// An enterprise's 科技贷 in a year Y, for the policy variables <c>loan_amount</c> and <c>loan_interest</c>
/// (docs/domain.md §7.4, §7.5): the principal drawn in Y, and the interest its loans accrue within Y. <see cref="Interest"/>
/// is null when a loan running in Y has no rate: then a clause naming <c>loan_interest</c> cannot be computed, and
/// <see cref="Missing"/> says which loan.
/// </summary>
public sealed record LoanYear(decimal Drawn, decimal? Interest, IReadOnlyList<LoanRun> Loans, string? Missing)
{
    /// <summary>The loan a subsidy is recorded against: the largest running in Y, the first drawn on a tie.</summary>
    public LoanRun? Largest => Loans.OrderByDescending(l => l.Amount).ThenBy(l => l.StartOn).FirstOrDefault();
}

/// <summary>One loan running in the year, with the days of Y it ran and the interest of those days (null without a rate).</summary>
public sealed record LoanRun(Guid Id, string Institution, decimal Amount, decimal? Rate, DateOnly StartOn, DateOnly? EndOn, int Days, decimal? Interest);

public static class LoanYearQuery
{
    /// <summary>
    /// The loans running in <paramref name="year"/> per enterprise. Interest of a loan = principal × 年利率 × days within
    /// Y ÷ 360, to the fen, half up: the day rate is the year rate over 360 (《人民币利率管理规定》，中国人民银行1999年：日利率＝年利率÷360). A loan
    /// runs from its 放款日 to the day before its 到期日; without a 到期日 it runs to the end of Y.
    /// </summary>
    public static async Task<Dictionary<Guid, LoanYear>> InYearAsync(KechuangDbContext db, RegionCode region, int year, CancellationToken ct, Guid? enterpriseId = null)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var query = FinanceAccess.InRegion(db, region)
            .Where(r => r.Kind == FinanceWords.Loan && r.StartOn <= last && (r.EndOn == null || r.EndOn > first));
        if (enterpriseId is { } one)
        {
            query = query.Where(r => r.EnterpriseId == one);
        }
        var rows = await query.Select(r => new { r.Id, r.EnterpriseId, r.Institution, r.Amount, r.Rate, r.StartOn, r.EndOn }).ToListAsync(ct);
        return rows.GroupBy(r => r.EnterpriseId).ToDictionary(g => g.Key, g =>
        {
            var loans = g.OrderBy(r => r.StartOn).ThenBy(r => r.Id).Select(r =>
            {
                var from = r.StartOn > first ? r.StartOn : first;
                var to = r.EndOn is { } end && end <= last ? end : last.AddDays(1);    // exclusive
                var days = Math.Max(0, to.DayNumber - from.DayNumber);
                decimal? interest = r.Rate is { } rate ? Fen(r.Amount * rate / 100m * days / 360m) : null;
                return new LoanRun(r.Id, r.Institution, r.Amount, r.Rate, r.StartOn, r.EndOn, days, interest);
            }).ToList();
            var drawn = loans.Where(l => l.StartOn.Year == year).Sum(l => l.Amount);
            var noRate = loans.FirstOrDefault(l => l.Interest is null);
            return new LoanYear(drawn, noRate is null ? loans.Sum(l => l.Interest!.Value) : null, loans,
                noRate is null ? null : $"{noRate.Institution}{noRate.StartOn:yyyy-MM-dd}放款的科技贷未填年利率");
        });
    }

    private static decimal Fen(decimal yuan) => decimal.Round(yuan, 2, MidpointRounding.AwayFromZero);
}
