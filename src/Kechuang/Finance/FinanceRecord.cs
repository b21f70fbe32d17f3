using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Finance;

/// <summary>
/// 科技金融 (docs/domain.md §7.4): one record per enterprise of a loan (科技贷 and its local variants: 人才贷, 知识产权质押贷 …),
/// a guarantee, a 科技保险 policy, a risk-pool compensation (风险池补偿) or an interest subsidy (贴息). A subsidy or
/// compensation may name the loan it is for and the policy clause it was computed by; the amount is recorded here.
/// </summary>
public sealed class FinanceRecord : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => FinanceIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>One of <see cref="FinanceWords.Kinds"/>.</summary>
    public required string Kind { get; set; }

    public Guid EnterpriseId { get; set; }

    /// <summary>The enterprise's county (the register's).</summary>
    public required string RegionCode { get; set; }

    /// <summary>贷款银行, 担保机构, 保险公司, or the fund paying a compensation or subsidy.</summary>
    public required string Institution { get; set; }

    /// <summary>产品: 科技贷, 人才贷, 知识产权质押贷, 研发费用损失保险 …</summary>
    public string? Product { get; set; }

    /// <summary>Yuan: the principal, the sum guaranteed or insured, the compensation or subsidy paid.</summary>
    public decimal Amount { get; set; }

    /// <summary>年利率 (or 担保费率) in percent, e.g. 3.65.</summary>
    public decimal? Rate { get; set; }

    /// <summary>保费 (yuan), for insurance.</summary>
    public decimal? Premium { get; set; }

    /// <summary>放款日, 生效日, or the day a compensation or subsidy was paid.</summary>
    public DateOnly StartOn { get; set; }

    /// <summary>到期日 of a loan, guarantee or policy.</summary>
    public DateOnly? EndOn { get; set; }

    /// <summary>The loan a subsidy or compensation is for.</summary>
    public Guid? LoanId { get; set; }

    /// <summary>The policy clause (政策条款代码) the subsidy was computed by, when the bureau names one.</summary>
    public string? PolicyCode { get; set; }

    /// <summary>The policy year a computed subsidy is for.</summary>
    public int? PolicyYear { get; set; }

    /// <summary>A computed subsidy's trace (JSON of the calculator's lines), kept as it was when recorded (docs/domain.md §7.4).</summary>
    public string? Trace { get; set; }

    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>The words of the finance register (docs/domain.md §7.4).</summary>
public static class FinanceWords
{
    public const string Loan = "科技贷";
    public const string Guarantee = "担保";
    public const string Insurance = "科技保险";
    public const string Compensation = "风险池补偿";
    public const string Subsidy = "贴息";

    public static readonly IReadOnlyList<string> Kinds = [Loan, Guarantee, Insurance, Compensation, Subsidy];

    /// <summary>The API's English names of the kinds, accepted beside the Chinese.</summary>
    public static string? Parse(string? kind) => kind?.Trim() switch
    {
        Loan or "loan" => Loan,
        Guarantee or "guarantee" => Guarantee,
        Insurance or "insurance" => Insurance,
        Compensation or "compensation" => Compensation,
        Subsidy or "subsidy" => Subsidy,
        _ => null,
    };

    /// <summary>What the institution column is called for a kind.</summary>
    public static string InstitutionLabel(string kind) => kind switch
    {
        Loan => "贷款银行",
        Guarantee => "担保机构",
        Insurance => "保险公司",
        _ => "拨付单位",
    };

    public static readonly IReadOnlyList<string> LoanProducts = ["科技贷", "人才贷", "知识产权质押贷", "研发贷", "科技成果转化贷"];
}
