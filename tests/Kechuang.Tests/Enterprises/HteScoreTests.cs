using Kechuang.Enterprises.Rules;

namespace Kechuang.Tests.Enterprises;

public class HteScoreTests
{
    [Theory]
    [InlineData(15, 25, 30)]  // yearly average 5
    [InlineData(14, 19, 24)]  // 4.67
    [InlineData(12, 19, 24)]  // 4
    [InlineData(11, 13, 18)]
    [InlineData(9, 13, 18)]   // 3
    [InlineData(8, 7, 12)]
    [InlineData(6, 7, 12)]    // 2
    [InlineData(5, 1, 6)]
    [InlineData(3, 1, 6)]     // 1
    [InlineData(2, 0, 0)]     // 0.67: below the lowest band
    [InlineData(0, 0, 0)]
    public void Conversion_ThreeYears_BandByYearlyAverage(int latestYearConversions, int min, int max)
    {
        var facts = YearFactsBuilder.GrowingCompany().Select(f => f with { Conversions = 0 }).ToList();
        facts[^1] = facts[^1] with { Conversions = latestYearConversions };

        var part = Hte.Evaluate(facts).Part("conversion");

        Assert.Equal((min, max), (part.Min, part.Max));
    }

    [Fact]
    public void Conversion_OneYear_AverageIsThatYear()
    {
        var part = Hte.Evaluate(new YearFactsBuilder().Conversions(4)).Part("conversion");

        Assert.Equal((19, 24), (part.Min, part.Max));
    }

    [Theory]
    [InlineData(1, 0, 7, 8)]
    [InlineData(1, 9, 7, 8)]
    [InlineData(0, 5, 5, 6)]
    [InlineData(0, 4, 3, 4)]
    [InlineData(0, 3, 3, 4)]
    [InlineData(0, 2, 1, 2)]
    [InlineData(0, 1, 1, 2)]
    public void Ip_Quantity_ByClass(int classOne, int classTwo, int quantityMin, int quantityMax)
    {
        // Experts gave 7 + 7; own R&D 1–6.
        var part = Hte.Evaluate(new YearFactsBuilder().Ip(classOne, classTwo)).Part("ip");

        Assert.Equal((14 + quantityMin + 1, 14 + quantityMax + 6), (part.Min, part.Max));
    }

    [Theory]
    [InlineData(true, 1, 6)]
    [InlineData(false, 1, 3)]   // only bought, gifted or merged
    [InlineData(null, 1, 6)]    // not stated: the whole range
    public void Ip_HowObtained(bool? ownRd, int min, int max)
    {
        var part = Hte.Evaluate(new YearFactsBuilder().Ip(1, 0).Experts(null, null, ownRd, 16)).Part("ip");

        // advancement 0–8 + core role 0–8 + quantity 7–8 + how obtained.
        Assert.Equal((7 + min, 24 + max), (part.Min, part.Max));
    }

    [Fact]
    public void Ip_None_ZeroEvenWithExpertScores()
    {
        var part = Hte.Evaluate(new YearFactsBuilder().Ip(0, 0).Experts(8, 8, true, 16)).Part("ip");

        Assert.Equal((0, 0), (part.Min, part.Max));
    }

    [Theory]
    [InlineData(null, 0, 20)]
    [InlineData(16, 16, 16)]
    [InlineData(0, 0, 0)]
    public void RdManagement_ExpertGivenElseFullRange(int? given, int min, int max)
    {
        var part = Hte.Evaluate(new YearFactsBuilder().Experts(7, 7, true, given)).Part("rdManagement");

        Assert.Equal((min, max), (part.Min, part.Max));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(-1)]
    public void RdManagement_OutOfRange_Throws(int given)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hte.Evaluate(new YearFactsBuilder().Experts(7, 7, true, given)));
    }

    [Fact]
    public void IpAdvancement_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hte.Evaluate(new YearFactsBuilder().Experts(9, 7, true, 16)));
    }

    [Fact]
    public void Parts_AddUpToTheRange()
    {
        var result = Hte.Evaluate(YearFactsBuilder.GrowingCompany());

        Assert.Equal(result.ScoreMin, result.ScoreParts.Sum(p => p.Min));
        Assert.Equal(result.ScoreMax, result.ScoreParts.Sum(p => p.Max));
        Assert.All(result.ScoreParts, p => Assert.False(string.IsNullOrWhiteSpace(p.Basis)));
    }

    [Fact]
    public void Verdicts_AreTheThreeWords()
    {
        Assert.Equal(["eligible", "ineligible", "undecided"], [Verdicts.Eligible, Verdicts.Ineligible, Verdicts.Undecided]);
    }
}
