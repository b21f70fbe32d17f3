using Kechuang.Common;
using Kechuang.Finance;
using Kechuang.Vouchers;

namespace Kechuang.Tests.Vouchers;

/// <summary>The voucher's cover and the records' checks (docs/domain.md §7.4), worked by hand; no database.</summary>
public sealed class VoucherRulesTests
{
    private static decimal M(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("333.33", "0.5", "1000", null, "166.67", "合同金额")]          // 166.665 → 166.67, half up to the fen
    [InlineData("0.03", "0.5", "1000", null, "0.02", "合同金额")]              // 0.015 → 0.02
    [InlineData("2000", "0.5", "833.33", null, "833.33", "以创新券余额为限")]   // share 1000 > balance
    [InlineData("3000", "0.3", "1000", "600", "600", "以企业年度兑现额度为限")]   // share 900, balance 1000, cap left 600
    [InlineData("3000", "0.3", "500", "600", "500", "以创新券余额为限")]          // the balance binds before the cap
    [InlineData("100", "0.3", "1000", "0", "0", "以企业年度兑现额度为限")]        // the year's cap is spent
    [InlineData("100", "0.3", "1000", "-5", "0", "以企业年度兑现额度为限")]       // never negative
    public void Cover_IsTheSmallestOfShareBalanceAndYearlyCap(string contract, string share, string balance, string? room, string expected, string basis)
    {
        var (covered, why) = VoucherRules.Cover(M(contract), M(share), M(balance), room is null ? null : M(room));

        Assert.Equal(M(expected), covered);
        Assert.StartsWith(basis, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "请填写服务合同金额")]
    [InlineData("0", "服务合同金额应大于0元")]
    [InlineData("-1", "服务合同金额应大于0元")]
    [InlineData("100000000.01", "超过上限")]
    [InlineData("10.005", "最多精确到分")]
    public void Money_RefusesMissingNonPositiveAbsurdAndSubFen(string? amount, string message)
    {
        var v = new Validation();
        VoucherRules.Money(amount is null ? null : M(amount), "contractAmount", "服务合同金额", VoucherRules.MaxContract, v);

        var problem = Assert.Throws<ValidationFailedException>(v.ThrowIfAny);
        Assert.Contains(message, problem.Errors["contractAmount"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Programme_ShareInWholePercent_LimitWithinTotal_DatesInOrder()
    {
        var v = new Validation();
        VoucherRules.Check(new ProgrammeRequest("专项", "330326", 2025, 1000m, 2000m, 0.333m, new DateOnly(2025, 6, 1), new DateOnly(2025, 1, 1)), v);

        var problem = Assert.Throws<ValidationFailedException>(v.ThrowIfAny);
        Assert.Equal(["perEnterpriseLimit", "share", "validUntil"], problem.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Finance_KindRateAndDates()
    {
        var today = new DateOnly(2025, 12, 1);
        var v = new Validation();
        FinanceRules.Check(new FinanceRequest("理财", Guid.NewGuid(), "某行", 1000m, new DateOnly(2025, 12, 2), new DateOnly(2025, 1, 1), Rate: 30m), FinanceWords.Parse("理财"), today, v);

        var problem = Assert.Throws<ValidationFailedException>(v.ThrowIfAny);
        Assert.Equal(["endOn", "kind", "rate", "startOn"], problem.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(FinanceWords.Loan, FinanceWords.Parse("loan"));
        Assert.Equal(FinanceWords.Subsidy, FinanceWords.Parse(" 贴息 "));
    }
}
