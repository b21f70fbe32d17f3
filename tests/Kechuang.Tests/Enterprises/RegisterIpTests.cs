using Kechuang.Enterprises.Evaluations;
using Kechuang.Enterprises.Rules;
using Kechuang.IntellectualProperty;

namespace Kechuang.Tests.Enterprises;

/// <summary>docs/domain.md §4.1/§4.2: unreported IP counts come from the patent register and the explanation says so.</summary>
public class RegisterIpTests
{
    private static readonly DateOnly Day = new(2025, 6, 30);
    private static readonly ValidPatents Register = new(["202310123456.6"], ["202220123456.1", "202230123456.7"]);

    [Fact]
    public void Reported_Stands_EvenAsZero()
    {
        var facts = new YearFactsBuilder().Ip(0, 0).Build();

        var result = EvaluationData.WithRegister(facts, classOneMissing: false, classTwoMissing: false, Register, Day);

        Assert.Same(facts, result);
        Assert.Equal(0, TechSme.Evaluate(new YearFactsBuilder().Ip(0, 0)).Points("ip"));
    }

    [Fact]
    public void Missing_TakesTheRegisterCount_WithNumbersInTheExplanation()
    {
        var facts = EvaluationData.WithRegister(new YearFactsBuilder().Ip(0, 0).Build(), classOneMissing: true, classTwoMissing: true, Register, Day);

        Assert.Equal((1, 2), (facts.ClassOneIp, facts.ClassTwoIp));
        var basis = TechSmeEvaluator.Evaluate(new TechSmeInput(2025, facts, null, null)).Parts.Single(p => p.Code == "ip").Basis;
        Assert.Contains("专利登记簿2025年6月30日有效的发明专利 1 件（202310123456.6）", basis);
        Assert.Contains("实用新型和外观设计专利 2 件", basis);
        var core = HteEvaluator.Evaluate(new HteInput(2024, new DateOnly(2015, 1, 1), Day, "新材料", [facts])).Conditions.Single(c => c.Code == "coreIp");
        Assert.Contains("专利登记簿", core.Message);
    }

    [Fact]
    public void OnlyTheMissingClass_ComesFromTheRegister()
    {
        var facts = EvaluationData.WithRegister(new YearFactsBuilder().Ip(3, 0).Build(), classOneMissing: false, classTwoMissing: true, Register, Day);

        Assert.Equal((3, 2), (facts.ClassOneIp, facts.ClassTwoIp));
        Assert.DoesNotContain("Ⅰ类未填报", facts.IpSource!);
    }

    [Fact]
    public void Missing_WithoutPatents_IsZero_AndSaysTheRegisterWasRead()
    {
        var facts = EvaluationData.WithRegister(new YearFactsBuilder().Build(), classOneMissing: true, classTwoMissing: true, null, Day);

        Assert.Equal((0, 0), (facts.ClassOneIp, facts.ClassTwoIp));
        Assert.Contains("发明专利 0 件", facts.IpSource!);
    }
}
