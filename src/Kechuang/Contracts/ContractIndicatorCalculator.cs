using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Contracts;

/// <summary>
/// 技术合同数 (项), 成交额 and 技术交易额 (yuan) as derived indicators: year to date at each month end, counted in the
/// seller's region by registration date (docs/domain.md §3, §5), read from the monthly rollup.
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

    private static void Add(List<DerivedFigure> figures, HashSet<string> wanted, string code, string region, int month, decimal value, bool yuan)
    {
        if (wanted.Contains(code))
        {
            figures.Add(new DerivedFigure(code, region, month, value, yuan));
        }
    }
}
