using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// 兑现科技创新奖励扶持资金 and the enterprises it reached (docs/domain.md §7.5): what was paid from 1 January to each month's
/// end, by the day of payment. A region that paid nothing in the year gets no figure (docs/domain.md §3).
/// </summary>
public sealed class PolicyIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "policies";
    public const string Paid = "policy_rewards_paid";
    public const string Enterprises = "policy_enterprises";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Paid, Enterprises];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        foreach (var region in query.Regions)
        {
            var payments = await PaymentsAsync(db, region, new DateOnly(query.Year, 1, 1), new DateOnly(query.Year, 12, 31), ct);
            if (payments.Count == 0)
            {
                continue;          // nothing paid here this year: no figure at all, not 0 (docs/domain.md §3, rank)
            }
            for (var month = 1; month <= 12; month++)
            {
                var upTo = payments.Where(p => p.PaidOn.Month <= month).ToList();
                if (query.Codes.Contains(Paid))
                {
                    figures.Add(new DerivedFigure(Paid, region.Value, month, upTo.Sum(p => p.Amount), InYuan: true));
                }
                if (query.Codes.Contains(Enterprises))
                {
                    figures.Add(new DerivedFigure(Enterprises, region.Value, month, upTo.Select(p => p.EnterpriseId).Distinct().Count()));
                }
            }
        }
        return figures;
    }

    /// <summary>A payment as the figures and the summary read it.</summary>
    public sealed record Payment(Guid EnterpriseId, DateOnly PaidOn, decimal Amount);

    /// <summary>The awards paid in the region between two days (summed in memory: SQLite cannot sum decimals, ADR 0006).</summary>
    public static async Task<List<Payment>> PaymentsAsync(KechuangDbContext db, RegionCode region, DateOnly from, DateOnly to, CancellationToken ct) =>
        await PolicyAccess.InRegion(db.PolicyAwards.AsNoTracking(), region, RegionScope.MatchFor(db))
            .Where(a => a.Status == AwardStatus.Paid && a.PaidOn >= from && a.PaidOn <= to)
            .Select(a => new Payment(a.EnterpriseId, a.PaidOn!.Value, a.PaidAmount))
            .ToListAsync(ct);
}
