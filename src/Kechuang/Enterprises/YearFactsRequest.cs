namespace Kechuang.Enterprises;

/// <summary>One fiscal year's figures (money in yuan). <see cref="Version"/>, when given, must match the stored one.</summary>
public sealed record YearFactsRequest(
    int? Staff,
    int? TechStaff,
    decimal? SalesRevenue,
    decimal? TotalIncome,
    decimal? HighTechIncome,
    decimal? RdExpense,
    decimal? RdExpenseDomestic,
    decimal? TotalCostsAndExpenses,
    decimal? TotalAssets,
    decimal? NetAssets,
    int? ClassOneIp,
    int? ClassTwoIp,
    int? Conversions,
    bool? MajorViolation,
    int? IpAdvancement = null,
    int? IpCoreRole = null,
    bool? IpOwnRd = null,
    int? RdManagement = null,
    int? Version = null);

public sealed record YearFactsDto(
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
    int? ClassOneIp,
    int? ClassTwoIp,
    int Conversions,
    bool MajorViolation,
    int? IpAdvancement,
    int? IpCoreRole,
    bool? IpOwnRd,
    int? RdManagement,
    int Version)
{
    public static YearFactsDto From(EnterpriseYear f) => new(
        f.Year, f.Staff, f.TechStaff, f.SalesRevenue, f.TotalIncome, f.HighTechIncome, f.RdExpense, f.RdExpenseDomestic,
        f.TotalCostsAndExpenses, f.TotalAssets, f.NetAssets, f.ClassOneIp, f.ClassTwoIp, f.Conversions, f.MajorViolation,
        f.IpAdvancement, f.IpCoreRole, f.IpOwnRd, f.RdManagement, f.Version);
}
