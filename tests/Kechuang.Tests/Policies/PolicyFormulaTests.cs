using NCalc;
using Kechuang.Policies;

namespace Kechuang.Tests.Policies;

/// <summary>
/// The formula's own evaluation over NCalc's tree gives what NCalc's evaluator gives in decimal mode, for every operator
/// and function a clause may use; facts missing from a branch not taken are not needed; a missing fact or a zero divisor
/// is an outcome naming its cause.
/// </summary>
public sealed class PolicyFormulaTests
{
    private static readonly Dictionary<string, object>[] Enterprises =
    [
        new() { ["rd"] = 3_000_000m, ["rd_prev"] = 2_500_000m, ["sales"] = 80_000_000m, ["sales_prev"] = 60_000_000m, ["staff"] = 120m, ["tech_staff"] = 15m,
            ["high_tech_income"] = 50_000_000m, ["hte_new"] = false, ["hte_valid"] = true, ["techsme_new"] = true, ["techsme_valid"] = true, ["contracts_sold"] = 1_234_567.89m },
        new() { ["rd"] = 999_999.99m, ["rd_prev"] = 1_000_000m, ["sales"] = 4_999_999m, ["sales_prev"] = 5_000_000m, ["staff"] = 7m, ["tech_staff"] = 0m,
            ["high_tech_income"] = 0m, ["hte_new"] = true, ["hte_valid"] = false, ["techsme_new"] = false, ["techsme_valid"] = false, ["contracts_sold"] = 0m },
    ];

    [Theory]
    [InlineData("hte_valid && rd >= 3000000", true)]
    [InlineData("rd > rd_prev || !techsme_valid", true)]
    [InlineData("staff > 0 && tech_staff / staff >= 0.1", true)]
    [InlineData("hte_new == techsme_new", true)]
    [InlineData("rd != rd_prev", true)]
    [InlineData("sales <= sales_prev * 1.2 && sales < 100000000", true)]
    [InlineData("if(hte_valid, rd > 1000000, contracts_sold > 0)", true)]
    [InlineData("rd * 0.05", false)]
    [InlineData("(rd - rd_prev) * 0.1", false)]
    [InlineData("Min(sales * 0.001, 50000)", false)]
    [InlineData("Max((sales - sales_prev) * 0.005, 5000)", false)]
    [InlineData("if(hte_valid, 30000, 10000) + contracts_sold / 3", false)]
    [InlineData("-rd_prev + rd - staff * 1.5", false)]
    [InlineData("hte_valid ? rd * 0.1 : 20000", false)]
    public void Evaluation_IsNCalcsInDecimal(string text, bool condition)
    {
        var formula = PolicyFormula.TryParse(text, condition, out var problem) ?? throw new InvalidOperationException(problem);
        foreach (var values in Enterprises)
        {
            var expression = new Expression(text, ExpressionOptions.DecimalAsDefault);
            foreach (var (name, value) in values)
            {
                expression.Parameters[name] = value;
            }
            var ncalc = expression.Evaluate();
            var ours = formula.Evaluate(values);
            Assert.True(ours.Known);
            if (condition)
            {
                Assert.Equal((bool)ncalc!, ours.Flag);
            }
            else
            {
                Assert.Equal(Convert.ToDecimal(ncalc, System.Globalization.CultureInfo.InvariantCulture), ours.Number);
            }
        }
    }

    [Fact]
    public void MissingFacts_AreNeededOnlyOnTheBranchTaken_AndNamed()
    {
        var and = PolicyFormula.TryParse("hte_valid && rd >= 3000000", condition: true, out _)!;
        var choice = PolicyFormula.TryParse("if(hte_valid, rd * 0.1, 20000)", condition: false, out _)!;
        var noRd = new Dictionary<string, object> { ["hte_valid"] = false };
        var holder = new Dictionary<string, object> { ["hte_valid"] = true };

        Assert.Equal(new FormulaValue(0, false), and.Evaluate(noRd));
        Assert.Equal(new FormulaValue(20000m, false), choice.Evaluate(noRd));
        Assert.Equal("rd", and.Evaluate(holder).Missing);
        Assert.Equal("rd", choice.Evaluate(holder).Missing);
        Assert.False(choice.Evaluate(holder).Known);
    }

    [Fact]
    public void DivisionByZero_IsAnOutcome_NotAnAmount()
    {
        var ratio = PolicyFormula.TryParse("tech_staff / staff >= 0.1", condition: true, out _)!;

        var value = ratio.Evaluate(new Dictionary<string, object> { ["tech_staff"] = 3m, ["staff"] = 0m });

        Assert.True(value.DividedByZero);
        Assert.False(value.Known);
    }
}
