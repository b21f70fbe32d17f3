using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Market.Achievements;
using Kechuang.Market.Cooperation;
using Kechuang.Market.Events;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market;

/// <summary>
/// The technology market's figures (docs/domain.md §7.1, §3), year to date by month: needs collected (published by the
/// bureau in the month), achievements published (registered), events held, cooperation projects signed and their
/// contract amount. A region with none of these in the year gets no figure (docs/domain.md §3, rank).
/// </summary>
public sealed class MarketIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "market";
    public const string Needs = "market_needs";
    public const string Achievements = "market_achievements";
    public const string Events = "market_events";
    public const string Cooperations = "market_cooperations";
    public const string Amount = "market_cooperation_amount";

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Needs, Achievements, Events, Cooperations, Amount];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var (from, to) = (new DateOnly(query.Year, 1, 1), new DateOnly(query.Year, 12, 31));
        foreach (var region in query.Regions)
        {
            var year = await YearAsync(db, region, from, to, ct);
            if (year.Needs.Count + year.Achievements.Count + year.Events.Count + year.Cooperations.Count == 0)
            {
                continue;          // register not in use here: no figure at all, not 0 (docs/domain.md §3, rank)
            }
            for (var month = 1; month <= 12; month++)
            {
                var end = new DateOnly(query.Year, month, 1).AddMonths(1).AddDays(-1);
                var signed = year.Cooperations.Where(c => c.SignedOn <= end).ToList();
                Add(Needs, year.Needs.Count(d => d <= end));
                Add(Achievements, year.Achievements.Count(d => d <= end));
                Add(Events, year.Events.Count(d => d <= end));
                Add(Cooperations, signed.Count);
                if (query.Codes.Contains(Amount))
                {
                    figures.Add(new DerivedFigure(Amount, region.Value, month, signed.Sum(c => c.Amount), InYuan: true));
                }

                void Add(string code, int value)
                {
                    if (query.Codes.Contains(code))
                    {
                        figures.Add(new DerivedFigure(code, region.Value, month, value));
                    }
                }
            }
        }
        return figures;
    }

    /// <summary>What the market did in a region between two days (China's): the days needs were published, achievements registered, events held; cooperations signed.</summary>
    internal sealed record MarketYear(List<DateOnly> Needs, List<DateOnly> Achievements, List<DateOnly> Events, List<(DateOnly SignedOn, decimal Amount)> Cooperations);

    internal static async Task<MarketYear> YearAsync(KechuangDbContext db, RegionCode region, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = Instants(from, to);
        var match = RegionScope.MatchFor(db);
        var needs = await db.TechNeeds.AsNoTracking().Within(n => n.RegionCode, region, RegionColumn.CountyCodes, match)
            .Where(n => n.Review == MarketWords.Published && n.PublishedAt >= start && n.PublishedAt < end).Select(n => n.PublishedAt!.Value).ToListAsync(ct);
        var achievements = await AchievementAccess.InRegion(db.Achievements.AsNoTracking(), db, region)
            .Where(a => a.CreatedAt >= start && a.CreatedAt < end).Select(a => a.CreatedAt).ToListAsync(ct);
        var events = await EventAccess.InRegion(db.MarketEvents.AsNoTracking(), db, region)
            .Where(e => e.HeldOn >= from && e.HeldOn <= to).Select(e => e.HeldOn).ToListAsync(ct);
        // Amounts summed in memory: SQLite keeps them as fen through a converter and cannot SUM decimals (ADR 0006).
        var cooperations = await CooperationAccess.InRegion(db.CooperationProjects.AsNoTracking(), db, region)
            .Where(c => c.SignedOn >= from && c.SignedOn <= to).Select(c => new { c.SignedOn, c.Amount }).ToListAsync(ct);
        return new MarketYear([.. needs.Select(Day)], [.. achievements.Select(Day)], events, [.. cooperations.Select(c => (c.SignedOn, c.Amount))]);
    }

    /// <summary>China's days as UTC instants, the last day included: the databases keep instants in UTC.</summary>
    internal static (DateTimeOffset From, DateTimeOffset To) Instants(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), China).ToUniversalTime(),
         new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), China).ToUniversalTime());

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);
}
