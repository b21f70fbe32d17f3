namespace Kechuang.Policies;

/// <summary>What a variable holds: money in yuan, a count, or a yes/no fact.</summary>
public enum VariableKind
{
    Money,
    Count,
    Flag,
}

/// <summary>A name a clause's condition or amount may use, with its meaning as the editor lists it.</summary>
public sealed record PolicyVariable(string Name, string Label, VariableKind Kind, string Meaning)
{
    public bool IsFlag => Kind == VariableKind.Flag;
}

/// <summary>
/// The variables of a policy year Y (docs/domain.md §7.5): yearly facts of Y and Y−1 from the register, titles issued in
/// Y or valid on 31 December of Y, the technology contracts sold in Y and the 科技贷 running in Y. Facts missing make an enterprise "unknown".
/// </summary>
public static class PolicyVariables
{
    public const string Rd = "rd";
    public const string RdPrevious = "rd_prev";
    public const string Sales = "sales";
    public const string SalesPrevious = "sales_prev";
    public const string Staff = "staff";
    public const string TechStaff = "tech_staff";
    public const string HighTechIncome = "high_tech_income";
    public const string HteNew = "hte_new";
    public const string HteValid = "hte_valid";
    public const string TechSmeNew = "techsme_new";
    public const string TechSmeValid = "techsme_valid";
    public const string ContractsSold = "contracts_sold";
    public const string LoanAmount = "loan_amount";
    public const string LoanInterest = "loan_interest";

    public static readonly IReadOnlyList<PolicyVariable> All =
    [
        new(Rd, "研发费用", VariableKind.Money, "Y年度研发费用总额（元），企业年度数据"),
        new(RdPrevious, "上年研发费用", VariableKind.Money, "Y−1年度研发费用总额（元）"),
        new(Sales, "销售收入", VariableKind.Money, "Y年度销售收入（元）"),
        new(SalesPrevious, "上年销售收入", VariableKind.Money, "Y−1年度销售收入（元）"),
        new(Staff, "职工总数", VariableKind.Count, "Y年度职工总数（人）"),
        new(TechStaff, "科技人员数", VariableKind.Count, "Y年度科技人员数（人）"),
        new(HighTechIncome, "高新技术产品（服务）收入", VariableKind.Money, "Y年度高新技术产品（服务）收入（元）"),
        new(HteNew, "当年新认定高新技术企业", VariableKind.Flag, "Y年颁发的高新技术企业证书（是/否）"),
        new(HteValid, "有效高新技术企业", VariableKind.Flag, "Y年12月31日高新技术企业证书有效（是/否）"),
        new(TechSmeNew, "当年新入库科技型中小企业", VariableKind.Flag, "Y年取得的科技型中小企业入库编号（是/否）"),
        new(TechSmeValid, "有效科技型中小企业", VariableKind.Flag, "Y年12月31日科技型中小企业入库有效（是/否）"),
        new(ContractsSold, "技术合同成交额", VariableKind.Money, "Y年登记的作为卖方的技术合同成交额合计（元），无则为0"),
        new(LoanAmount, "当年新发放科技贷款", VariableKind.Money, "Y年放款的科技贷本金合计（元），科技金融登记，无则为0"),
        new(LoanInterest, "科技贷款当年利息", VariableKind.Money, "Y年内各笔科技贷按年利率、当年计息天数÷360计算的利息合计（元），无贷款则为0；有贷款未填年利率则无法确定"),
    ];

    private static readonly Dictionary<string, PolicyVariable> ByName = All.ToDictionary(v => v.Name, StringComparer.Ordinal);

    public static PolicyVariable? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The functions a clause may call: NCalc's built-ins, named as the editor lists them.</summary>
    public static readonly IReadOnlyList<string> Functions = ["if", "Min", "Max"];
}
