using Kechuang.Contracts;
using Kechuang.Enterprises;
using Kechuang.Policies;

namespace Kechuang.Tests.Policies;

/// <summary>
/// The calculator without a database (docs/domain.md §7.5): golden cases in yuan at every edge — money never through
/// double, a threshold met exactly, the cap, the yearly total with an exemption, rounding half up to the fen, proration
/// that never exceeds the budget, the order of application — and every trace adding up to its amount.
/// </summary>
public sealed class PolicyCalculatorTests
{
    private static int _next;

    private static EnterprisePolicyFacts Enterprise(decimal? rd = null, int staff = 20, decimal? rdPrev = null, string? hteIssued = null, string? uscc = null)
    {
        var n = Interlocked.Increment(ref _next);
        var titles = hteIssued is null ? new List<TitleRecord>()
            : [new TitleRecord(Guid.NewGuid(), QualificationType.HighTech, "GR" + n, DateOnly.Parse(hteIssued, System.Globalization.CultureInfo.InvariantCulture), null, null)];
        return new EnterprisePolicyFacts(Guid.NewGuid(), "企业" + n, uscc ?? $"91330326MA{n:D7}X", "330326",
            rd is null ? null : new ReportedYear(Guid.NewGuid(), 2025, staff, 5, 10_000_000m, rd.Value, 0m),
            rdPrev is null ? null : new ReportedYear(Guid.NewGuid(), 2024, staff, 5, 9_000_000m, rdPrev.Value, 0m),
            titles);
    }

    private static ClauseRun Run(string condition, string amount, decimal? cap = null, decimal? budget = null, string overBudget = PolicyRules.Prorate,
        decimal? ceiling = null, Dictionary<Guid, decimal>? used = null, Dictionary<Guid, DateTimeOffset>? appliedAt = null)
    {
        var clause = new PolicyClause { Code = "T1", Name = "测试", RegionCode = "330326", Year = 2025, Condition = condition, Amount = amount, Cap = cap, Budget = budget, OverBudget = overBudget };
        return new ClauseRun(clause, PolicyFormula.TryParse(condition, true, out var p1) ?? throw new InvalidOperationException(p1),
            PolicyFormula.TryParse(amount, false, out var p2) ?? throw new InvalidOperationException(p2), budget, ceiling,
            used ?? [], null, appliedAt ?? []);
    }

    private static IReadOnlyList<Beneficiary> Compute(ClauseRun run, params EnterprisePolicyFacts[] enterprises) =>
        PolicyCalculator.Compute(run, new PolicyYearFacts(2025, enterprises, new Dictionary<string, SoldContracts>()));

    private static void AssertAddsUp(Beneficiary b)
    {
        var start = b.Trace.Single(t => t.Step == "计算").Value!.Value;
        Assert.Equal(b.Amount, start + b.Trace.Sum(t => t.Change ?? 0));
        Assert.Equal(b.Amount, b.Trace[^1].Value);
    }

    [Theory]
    [InlineData("1.2 * 3", "3.60")]              // 3.5999… in double
    [InlineData("10 / 3", "3.33")]               // integer division would be 3.3333333333333335 in double, then 3.33
    [InlineData("0.1 + 0.2", "0.30")]
    [InlineData("100000.005", "100000.01")]      // half up at the fen
    [InlineData("100000.004", "100000.00")]
    [InlineData("rd * 0.015", "45000.00")]
    public void Amount_IsDecimal_RoundedHalfUpToTheFen(string amount, string expected)
    {
        var result = Compute(Run("rd > 0", amount), Enterprise(rd: 3_000_000m)).Single();

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Amount);
        AssertAddsUp(result);
    }

    [Fact]
    public void Threshold_MetExactly_Qualifies_OneFenShort_DoesNot()
    {
        var exact = Enterprise(rd: 3_000_000m);
        var short1 = Enterprise(rd: 2_999_999.99m);

        var results = Compute(Run("rd >= 3000000", "rd * 0.1"), exact, short1);

        Assert.Equal(exact.EnterpriseId, Assert.Single(results).EnterpriseId);
        Assert.Equal(300_000m, results[0].Amount);
    }

    [Fact]
    public void Cap_Hit_TraceShowsTheCut()
    {
        var result = Compute(Run("rd > 0", "rd * 0.05", cap: 500_000m), Enterprise(rd: 12_345_678.91m)).Single();

        Assert.Equal(500_000m, result.Amount);
        var cut = result.Trace.Single(t => t.Step == "封顶");
        Assert.Equal(500_000m - 617_283.9455m, cut.Change);
        AssertAddsUp(result);
    }

    [Fact]
    public void MissingFact_AndDivisionByZero_AreUnknown_WithReasons_NeverAnAmount()
    {
        var missing = Enterprise(rd: 1_000_000m);                      // no 2024 facts
        var zero = Enterprise(rd: 1_000_000m, staff: 0, rdPrev: 500_000m);

        var results = Compute(Run("rd > rd_prev", "rd / staff"), missing, zero);

        Assert.All(results, r => Assert.Equal(Beneficiary.Unknown, r.Status));
        Assert.All(results, r => Assert.Equal(0m, r.Amount));
        Assert.Contains("缺少2024年度企业数据", results.Single(r => r.EnterpriseId == missing.EnterpriseId).Reason, StringComparison.Ordinal);
        Assert.Contains("除数为零", results.Single(r => r.EnterpriseId == zero.EnterpriseId).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortCircuit_AFactNotNeeded_IsNotMissing()
    {
        var noFacts = Enterprise(hteIssued: "2025-11-01");

        var result = Compute(Run("hte_new || rd > 5000000", "100000"), noFacts).Single();

        Assert.Equal(Beneficiary.Eligible, result.Status);
        Assert.Equal(100_000m, result.Amount);
    }

    [Fact]
    public void Prorate_ToTheFen_TotalIsTheBudgetExactly()
    {
        var enterprises = Enumerable.Range(0, 7).Select(_ => Enterprise(rd: 1_000_000m)).ToArray();

        var results = Compute(Run("rd > 0", "rd * 0.1", budget: 100_000m), enterprises);

        Assert.Equal(100_000m, results.Sum(r => r.Amount));
        Assert.All(results, r => Assert.InRange(r.Amount, 14_285.71m, 14_285.72m));
        Assert.All(results, AssertAddsUp);
    }

    [Fact]
    public void Prorate_UnequalClaims_LargestRemaindersGetTheLastFen()
    {
        Assert.Equal([0.34m, 0.33m, 0.33m], PolicyRules.ProrateToBudget([1m, 1m, 1m], 1m));          // a tie: the earliest
        Assert.Equal([0.33m, 0.67m], PolicyRules.ProrateToBudget([1m, 2m], 1m));
        Assert.Equal([5m, 7m], PolicyRules.ProrateToBudget([5m, 7m], 100m));          // within the budget: unchanged
    }

    [Fact]
    public void InOrder_FirstApplicantsPaidInFull_TheNextGetsWhatIsLeft()
    {
        var (a, b, c) = (Enterprise(rd: 1m), Enterprise(rd: 1m), Enterprise(rd: 1m));
        var t0 = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var applied = new Dictionary<Guid, DateTimeOffset> { [c.EnterpriseId] = t0, [a.EnterpriseId] = t0.AddHours(1), [b.EnterpriseId] = t0.AddHours(2) };

        var results = Compute(Run("rd > 0", "40000", budget: 100_000m, overBudget: PolicyRules.InOrder, appliedAt: applied), a, b, c)
            .ToDictionary(r => r.EnterpriseId, r => r.Amount);

        Assert.Equal(40_000m, results[c.EnterpriseId]);
        Assert.Equal(40_000m, results[a.EnterpriseId]);
        Assert.Equal(20_000m, results[b.EnterpriseId]);
    }

    [Fact]
    public void YearlyTotal_LeavesOnlyTheRoom_NeverBelowZero()
    {
        var (a, b) = (Enterprise(rd: 5_000_000m), Enterprise(rd: 5_000_000m));
        var used = new Dictionary<Guid, decimal> { [a.EnterpriseId] = 250_000m, [b.EnterpriseId] = 400_000m };

        var results = Compute(Run("rd > 0", "rd * 0.02", ceiling: 300_000m, used: used), a, b).ToDictionary(r => r.EnterpriseId);

        Assert.Equal(50_000m, results[a.EnterpriseId].Amount);
        Assert.Equal(0m, results[b.EnterpriseId].Amount);
        Assert.Equal("总额度", results[a.EnterpriseId].Trace.Single(t => t.Change is not null).Step);
        AssertAddsUp(results[a.EnterpriseId]);
        AssertAddsUp(results[b.EnterpriseId]);
    }

    [Fact]
    public void Titles_NewInTheYear_AndValidAtItsEnd()
    {
        var newOne = Enterprise(hteIssued: "2025-12-31");
        var old = Enterprise(hteIssued: "2022-12-01");                 // no expiry given: still valid
        var next = Enterprise(hteIssued: "2026-01-02");

        var fresh = Compute(Run("hte_new", "1"), newOne, old, next);
        var valid = Compute(Run("hte_valid", "1"), newOne, old, next);

        Assert.Equal([newOne.EnterpriseId], fresh.Select(r => r.EnterpriseId));
        Assert.Equal(new[] { newOne.EnterpriseId, old.EnterpriseId }.Order(), valid.Select(r => r.EnterpriseId).Order());
        Assert.Contains(fresh[0].Trace, t => t.Variable == "hte_new" && t.RecordId is not null);
    }

    [Theory]
    [InlineData("if(hte_new, 100000, 0) + Min(rd * 0.1, 50000)", "150000.00")]
    [InlineData("Max(rd - rd_prev, 0) * 0.2", "0.00")]
    [InlineData("hte_new ? 1 : 2", "1.00")]
    public void Functions_IfMinMax(string amount, string expected)
    {
        var e = Enterprise(rd: 900_000m, rdPrev: 1_000_000m, hteIssued: "2025-05-01");

        var result = Compute(Run("rd > 0", amount), e);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.SingleOrDefault()?.Amount ?? 0m);
    }

    [Fact]
    public void LargeRegister_ComputedInParts_KeepsTheRegistersOrder_AndTheBudgetExact()
    {
        var enterprises = Enumerable.Range(0, 12_000).Select(i => Enterprise(rd: 1_000_000m + i, rdPrev: i % 7 == 0 ? null : 900_000m)).ToArray();

        var results = Compute(Run("rd > rd_prev", "(rd - rd_prev) * 0.1", budget: 1_000_000m), enterprises);

        Assert.Equal(enterprises.Select(e => e.EnterpriseId), results.Select(r => r.EnterpriseId));
        Assert.Equal(1_000_000m, results.Sum(r => r.Amount));
        Assert.Equal(enterprises.Count(e => e.PreviousYear is null), results.Count(r => r.Status == Beneficiary.Unknown));
        Assert.All(results.Where(r => r.Status == Beneficiary.Eligible), AssertAddsUp);
    }
}
