namespace Kechuang.Indicators;

/// <summary>An indicator as the API shows it.</summary>
public sealed record IndicatorDto(
    string Code, string Name, string Unit, string Kind, string Direction, string Source,
    string? NumeratorCode, string? DenominatorCode, int SortOrder, bool Retired, int Version, bool Assessed)
{
    public static IndicatorDto From(Indicator i) => new(
        i.Code, i.Name, i.Unit, i.Kind, i.Direction, i.Source, i.NumeratorCode, i.DenominatorCode, i.SortOrder, i.Retired, i.Version, i.Assessed);
}

/// <summary>
/// Body of <c>POST /api/indicators</c> (code required) and <c>PUT /api/indicators/{code}</c> (code from the route).
/// <see cref="Assessed"/>: 考核指标 (true) or 参考指标 (false); left out, a new indicator is assessed and an edited one keeps
/// its flag.
/// </summary>
public sealed record IndicatorRequest(
    string? Code, string? Name, string? Unit, string? Kind, string? Direction, string? Source,
    string? NumeratorCode, string? DenominatorCode, int? SortOrder, bool? Retired, int? Version, bool? Assessed = null);
