namespace Kechuang.Enterprises.Rules;

/// <summary>
/// What an enterprise reports for one fiscal year; money in yuan. IP counts are those owned at year end
/// (Class I: invention patents, plant varieties, national new drugs, IC layouts …; Class II: utility models,
/// designs, software copyrights). The nullable tail holds expert judgements, null until an expert gives them. <paramref name="IpSource"/> says where IP counts not reported by the enterprise came from (the
/// patent register, docs/domain.md §4.1); null when both were reported.
/// </summary>
public sealed record YearFacts(
    int Year,
    int Staff,
    int TechStaff,
    decimal SalesRevenue,
    decimal TotalIncome,
    decimal HighTechIncome,
    decimal RdExpense,
    decimal RdExpenseDomestic,
    decimal TotalCostsAndExpenses,
    decimal TotalAssets,
    decimal NetAssets,
    int ClassOneIp,
    int ClassTwoIp,
    int Conversions,
    bool MajorViolation,
    int? IpAdvancement = null,
    int? IpCoreRole = null,
    bool? IpOwnRd = null,
    int? RdManagement = null,
    string? IpSource = null);
