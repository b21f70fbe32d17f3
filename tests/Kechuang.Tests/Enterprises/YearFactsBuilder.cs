using Kechuang.Enterprises.Rules;

namespace Kechuang.Tests.Enterprises;

/// <summary>
/// One year of facts; the defaults describe a company that meets every HTE and tech-SME condition:
/// 100 staff (20 科技人员), sales 4000万, R&amp;D 6% all domestic, high-tech income 75%, one Class I patent,
/// five conversions and expert scores that put the innovation score safely above 71.
/// </summary>
internal sealed class YearFactsBuilder(int year = 2024)
{
    private YearFacts _facts = new(
        year, Staff: 100, TechStaff: 20,
        SalesRevenue: 40_000_000m, TotalIncome: 40_000_000m, HighTechIncome: 30_000_000m,
        RdExpense: 2_400_000m, RdExpenseDomestic: 2_400_000m, TotalCostsAndExpenses: 30_000_000m,
        TotalAssets: 60_000_000m, NetAssets: 20_000_000m,
        ClassOneIp: 1, ClassTwoIp: 5, Conversions: 5, MajorViolation: false,
        IpAdvancement: 7, IpCoreRole: 7, IpOwnRd: true, RdManagement: 16);

    public YearFactsBuilder Staff(int staff, int techStaff) => Change(f => f with { Staff = staff, TechStaff = techStaff });

    public YearFactsBuilder Sales(decimal sales) => Change(f => f with { SalesRevenue = sales });

    public YearFactsBuilder Rd(decimal rd, decimal? domestic = null) => Change(f => f with { RdExpense = rd, RdExpenseDomestic = domestic ?? rd });

    public YearFactsBuilder Costs(decimal totalCostsAndExpenses) => Change(f => f with { TotalCostsAndExpenses = totalCostsAndExpenses });

    public YearFactsBuilder Income(decimal total, decimal highTech) => Change(f => f with { TotalIncome = total, HighTechIncome = highTech });

    public YearFactsBuilder Assets(decimal total, decimal net) => Change(f => f with { TotalAssets = total, NetAssets = net });

    public YearFactsBuilder Ip(int classOne, int classTwo) => Change(f => f with { ClassOneIp = classOne, ClassTwoIp = classTwo });

    public YearFactsBuilder Conversions(int count) => Change(f => f with { Conversions = count });

    public YearFactsBuilder Violation() => Change(f => f with { MajorViolation = true });

    public YearFactsBuilder Experts(int? advancement, int? coreRole, bool? ownRd, int? rdManagement) =>
        Change(f => f with { IpAdvancement = advancement, IpCoreRole = coreRole, IpOwnRd = ownRd, RdManagement = rdManagement });

    public YearFacts Build() => _facts;

    /// <summary>Three years ending in <paramref name="latest"/>, sales and net assets growing 40% a year.</summary>
    public static List<YearFacts> GrowingCompany(int latest = 2024) =>
    [
        new YearFactsBuilder(latest - 2).Sales(25_000_000m).Rd(1_500_000m).Assets(30_000_000m, 10_000_000m).Build(),
        new YearFactsBuilder(latest - 1).Sales(35_000_000m).Rd(2_100_000m).Assets(45_000_000m, 14_000_000m).Build(),
        new YearFactsBuilder(latest).Sales(49_000_000m).Rd(2_940_000m).Assets(60_000_000m, 19_600_000m).Build(),
    ];

    private YearFactsBuilder Change(Func<YearFacts, YearFacts> change)
    {
        _facts = change(_facts);
        return this;
    }
}
