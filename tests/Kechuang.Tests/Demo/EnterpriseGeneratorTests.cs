using Kechuang.Common;
using Kechuang.Demo;
using Kechuang.Enterprises;
using Kechuang.Regions;

namespace Kechuang.Tests.Demo;

public class EnterpriseGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Next_MakesRecordsThatPassTheSameChecksAsUserInput()
    {
        var generator = new EnterpriseGenerator(seed: 1, Today);
        var county = new Region { Code = "330326", Name = "平阳县", Level = RegionLevel.County, ParentCode = "330300" };

        for (var i = 0; i < 500; i++)
        {
            var (e, years, titles) = generator.Next("330326", "平阳县", [], i);
            var validation = new Validation();
            EnterpriseRules.Check(new EnterpriseRequest(e.Name, e.Uscc, e.RegionCode, e.TownCode, e.Address, e.IndustryCode, e.FoundedOn,
                e.AboveScale, e.TechnologyField, e.ContactName, e.ContactPhone, e.ContactEmail), code => code == "330326" ? county : null, Today, validation);
            foreach (var f in years)
            {
                YearFactsRules.Check(f.Year, new YearFactsRequest(f.Staff, f.TechStaff, f.SalesRevenue, f.TotalIncome, f.HighTechIncome, f.RdExpense,
                    f.RdExpenseDomestic, f.TotalCostsAndExpenses, f.TotalAssets, f.NetAssets, f.ClassOneIp, f.ClassTwoIp, f.Conversions,
                    f.MajorViolation, f.IpAdvancement, f.IpCoreRole, f.IpOwnRd, f.RdManagement), Today, validation);
            }
            Assert.False(validation.HasErrors, $"generated enterprise {i} ({e.Name}) fails the checks");
            Assert.All(titles, t => Assert.True(t.ExpiresOn > t.IssuedOn));
        }
    }

    [Fact]
    public void Next_SameSeed_SameRegister()
    {
        var a = new EnterpriseGenerator(seed: 9, Today).Next("330326", "平阳县", [], 7);
        var b = new EnterpriseGenerator(seed: 9, Today).Next("330326", "平阳县", [], 7);

        Assert.Equal(a.Enterprise.Uscc, b.Enterprise.Uscc);
        Assert.Equal(a.Years.Select(y => y.SalesRevenue), b.Years.Select(y => y.SalesRevenue));
    }
}
