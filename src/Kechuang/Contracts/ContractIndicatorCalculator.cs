using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// 技术合同数 (项), 成交额 and 技术交易额 (yuan) as derived indicators: year to date at each month end, counted in the
/// seller's region by registration date (docs/domain.md §3, §5), read from the monthly rollup. Only for a region
/// whose register is in use that year (docs/domain.md §3: at least one contract received or registered there in the
/// year); any other region gets no figures, so it is neither shown as 0 nor ranked.
/// </summary>
public sealed class ContractIndicatorCalculator(KechuangDbContext db) : IIndicatorCalculator
{
    /// <summary>The register these figures come from (the cache key of derived figures, ADR 0008).</summary>
    public const string RegisterName = "contracts";
    public const string Count = "tech_contract_count";
    public const string Turnover = "tech_contract_turnover";
    public const string TechTransaction = "tech_transaction";

    public string Register => RegisterName;

    public IReadOnlyCollection<string> Codes { get; } = [Count, Turnover, TechTransaction];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var wanted = query.Codes.Where(Codes.Contains).ToHashSet();
        if (wanted.Count == 0)
        {
            return figures;
        }
        foreach (var region in query.Regions.Distinct())
        {
            var rows = await GetContractStats.RowsAsync(db, region, [query.Year], 12, ct);
            if (rows.Sum(r => r.Count) == 0 && !await ReceivedInAsync(region, query.Year, ct))
            {
                continue;
            }
            var byMonth = rows.GroupBy(r => r.Period % 100).ToDictionary(g => g.Key, g => (Count: g.Sum(r => r.Count), Turnover: g.Sum(r => r.Turnover), Tech: g.Sum(r => r.TechTransaction)));
            var (count, turnover, tech) = (0m, 0m, 0m);
            for (var month = 1; month <= 12; month++)
            {
                if (byMonth.TryGetValue(month, out var m))
                {
                    (count, turnover, tech) = (count + m.Count, turnover + m.Turnover, tech + m.Tech);
                }
                Add(figures, wanted, Count, region.Value, month, count, false);
                Add(figures, wanted, Turnover, region.Value, month, turnover, true);
                Add(figures, wanted, TechTransaction, region.Value, month, tech, true);
            }
        }
        return figures;
    }

    /// <summary>Whether the registry of <paramref name="region"/> received any contract in <paramref name="year"/>.</summary>
    private Task<bool> ReceivedInAsync(RegionCode region, int year, CancellationToken ct)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return ContractAccess.InRegion(db.TechContracts.AsNoTracking(), region, RegionScope.MatchFor(db))
            .AnyAsync(c => c.ReceivedOn >= first && c.ReceivedOn <= last, ct);
    }

    private static void Add(List<DerivedFigure> figures, HashSet<string> wanted, string code, string region, int month, decimal value, bool yuan)
    {
        if (wanted.Contains(code))
        {
            figures.Add(new DerivedFigure(code, region, month, value, yuan));
        }
    }
}
