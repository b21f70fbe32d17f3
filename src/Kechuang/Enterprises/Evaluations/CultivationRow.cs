namespace Kechuang.Enterprises.Evaluations;

/// <summary>
/// One enterprise in the cultivation view: both verdicts and what stands between it and each title.
/// <see cref="HteFactsMissing"/> tells "no figures for the year" apart from "up to the experts" (both undecided).
/// </summary>
public sealed record CultivationRow(
    Guid EnterpriseId,
    string Name,
    string Uscc,
    string RegionCode,
    string? RegionName,
    bool HoldsHte,
    DateOnly? HteExpiresOn,
    string HteVerdict,
    bool HteFactsMissing,
    int HteScoreMin,
    int HteScoreMax,
    int HteFailed,
    int HteUnknown,
    IReadOnlyList<string> HteGaps,
    string TechSmeVerdict,
    int TechSmeScore,
    IReadOnlyList<string> TechSmeGaps);

public sealed record CultivationView(int Year, int Total, int HteEligible, int HteUndecided, int HteIneligible, int HteHolders, int TechSmeEligible, IReadOnlyList<CultivationRow> Rows);
