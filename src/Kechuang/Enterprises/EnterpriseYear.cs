using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Enterprises;

/// <summary>
/// The figures an enterprise reports for one fiscal year (money in yuan). The expert-judged HTE inputs are
/// optional: without them the HTE score is a range.
/// </summary>
public sealed class EnterpriseYear : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => EnterpriseIndicators.RegisterName;

    string? IFeedsIndicators.RegionFed(Microsoft.EntityFrameworkCore.DbContext context) => Enterprise.TrackedRegion(context, EnterpriseId);

    /// <summary>A year's facts count in that year's figures only (EnterpriseIndicators reads the facts of the year asked).</summary>
    int IFeedsIndicators.YearFed => Year;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; init; }
    public int Year { get; init; }

    public int Staff { get; set; }
    public int TechStaff { get; set; }
    public decimal SalesRevenue { get; set; }
    public decimal TotalIncome { get; set; }
    public decimal HighTechIncome { get; set; }
    public decimal RdExpense { get; set; }
    public decimal RdExpenseDomestic { get; set; }
    public decimal TotalCostsAndExpenses { get; set; }
    public decimal TotalAssets { get; set; }
    public decimal NetAssets { get; set; }
    /// <summary>Ⅰ类 and Ⅱ类 IP as reported; null when not reported, then the evaluations count the patent register
    /// (docs/domain.md §4.1, §7.8), while a reported 0 stays 0.</summary>
    public int? ClassOneIp { get; set; }
    public int? ClassTwoIp { get; set; }
    public int Conversions { get; set; }
    public bool MajorViolation { get; set; }

    public int? IpAdvancement { get; set; }
    public int? IpCoreRole { get; set; }
    public bool? IpOwnRd { get; set; }
    public int? RdManagement { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
