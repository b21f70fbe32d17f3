namespace Kechuang.Indicators;

/// <summary>An indicator as the API shows it.</summary>
public sealed record IndicatorDto(
    string Code, string Name, string Unit, string Kind, string Direction, string Source,
    string? NumeratorCode, string? DenominatorCode, int SortOrder, bool Retired, int Version)
{
    public static IndicatorDto From(Indicator i) => new(
        i.Code, i.Name, i.Unit, i.Kind, i.Direction, i.Source, i.NumeratorCode, i.DenominatorCode, i.SortOrder, i.Retired, i.Version);
}

/// <summary>Body of <c>POST /api/indicators</c> (code required) and <c>PUT /api/indicators/{code}</c> (code from the route).</summary>
public sealed record IndicatorRequest(
    string? Code, string? Name, string? Unit, string? Kind, string? Direction, string? Source,
    string? NumeratorCode, string? DenominatorCode, int? SortOrder, bool? Retired, int? Version);
