namespace Kechuang.Indicators.Derived;

/// <summary>The one extension point through which a module feeds indicators computed from its register
/// (docs/architecture.md, Extension points; ADR 0008): it names the indicator codes it computes and answers, for a set of regions and a year,
/// the figure of every month. Registered automatically: every public class implementing this interface.</summary>
public interface IIndicatorCalculator
{
    /// <summary>
    /// The register the figures come from, e.g. <c>enterprises</c>: its records implement <see cref="IFeedsIndicators"/>
    /// with the same name, so a change to any of them makes cached figures stale.
    /// </summary>
    string Register { get; }

    /// <summary>Indicator codes this calculator computes, e.g. <c>tech_contract_count</c>.</summary>
    IReadOnlyCollection<string> Codes { get; }

    /// <summary>Figures for months 1–12 of <see cref="DerivedFigureQuery.Year"/> (months with no data may be
    /// left out; months in the future are ignored by the caller). For a flow indicator the figure is the
    /// year-to-date total at the end of the month; for a stock, the level at the end of the month.
    /// A region whose register is not in use that year (no record of the register for it, docs/domain.md §3) gets
    /// no figures at all: a figure, even 0, says the region has data and is ranked among its peers.</summary>
    Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct);

    /// <summary>
    /// True when every record of the register lies in a county (or a town under it) and every figure counts or sums
    /// records: a city's or province's figure is then the sum of its counties', and only counties are computed and
    /// cached — a write in one county recomputes that county alone, not the whole province (ADR 0025).
    /// </summary>
    bool SumsCounties => false;
}

/// <summary>What to compute: <paramref name="Codes"/> (a subset of the calculator's codes) for every region
/// in <paramref name="Regions"/> (each covers its whole subtree, see <see cref="Regions.RegionCode.ScopePrefix"/>).</summary>
public sealed record DerivedFigureQuery(IReadOnlyCollection<string> Codes, IReadOnlyList<Regions.RegionCode> Regions, int Year);

/// <summary>One computed figure. <paramref name="Value"/> is in the base unit: yuan when
/// <paramref name="InYuan"/> (converted to the indicator's 万元/亿元 by the indicator module), else a count.</summary>
public sealed record DerivedFigure(string Code, string RegionCode, int Month, decimal Value, bool InYuan = false);
