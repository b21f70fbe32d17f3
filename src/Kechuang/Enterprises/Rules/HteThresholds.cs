namespace Kechuang.Enterprises.Rules;

/// <summary>
/// 高新技术企业认定管理办法 (国科发火〔2016〕32号) 第十一条 and its 工作指引 (国科发火〔2016〕195号):
/// every number of the recognition rules, in one place.
/// </summary>
public static class HteThresholds
{
    /// <summary>第十一条(一): registered at least one year.</summary>
    public const int MinRegisteredDays = 365;

    /// <summary>第十一条(四): 科技人员 ≥ 10% of the year's staff.</summary>
    public const decimal MinTechStaffShare = 0.10m;

    /// <summary>第十一条(五): R&amp;D over the last three fiscal years (fewer when younger).</summary>
    public const int RdYears = 3;

    public const decimal SmallSalesLimit = 50_000_000m;
    public const decimal MediumSalesLimit = 200_000_000m;
    public const decimal SmallRdRatio = 0.05m;
    public const decimal MediumRdRatio = 0.04m;
    public const decimal LargeRdRatio = 0.03m;

    /// <summary>第十一条(五): R&amp;D spent inside China ≥ 60% of all R&amp;D.</summary>
    public const decimal MinDomesticRdShare = 0.60m;

    /// <summary>第十一条(六): high-tech product (service) income ≥ 60% of total income of the latest year.</summary>
    public const decimal MinHighTechIncomeShare = 0.60m;

    /// <summary>第十一条(七): "70分以上" means more than 70; scores are whole points.</summary>
    public const int MinInnovationScore = 71;

    /// <summary>第十一条(五): the ratio required, by the latest year's sales (each limit inclusive).</summary>
    public static decimal RdRatioFor(decimal latestSales) =>
        latestSales <= SmallSalesLimit ? SmallRdRatio
        : latestSales <= MediumSalesLimit ? MediumRdRatio
        : LargeRdRatio;

    // 工作指引 四(二) 知识产权 ≤ 30 points.
    public const int IpAdvancementMax = 8;
    public const int IpCoreRoleMax = 8;
    public const int IpObtainedOwnRdMax = 6;
    public const int IpObtainedBoughtMax = 3;

    /// <summary>工作指引: quantity — any Class I 7–8, else by Class II count.</summary>
    internal static readonly Band IpQuantityClassOne = new(1, 7, 8);
    internal static readonly Band[] IpQuantityClassTwo = [new(5, 5, 6), new(3, 3, 4), new(1, 1, 2)];

    /// <summary>工作指引 四(二) 科技成果转化能力 ≤ 30, by the yearly average of conversions.</summary>
    internal static readonly Band[] Conversion = [new(5, 25, 30), new(4, 19, 24), new(3, 13, 18), new(2, 7, 12), new(1, 1, 6)];

    /// <summary>工作指引 四(二) 研究开发组织管理水平 ≤ 20 (6 + 6 + 4 + 4, expert-judged).</summary>
    public const int RdManagementMax = 20;

    /// <summary>工作指引 四(二) 企业成长性: per growth rate, for a rate above 0.</summary>
    internal static readonly Band[] Growth = [new(0.35m, 9, 10), new(0.25m, 7, 8), new(0.15m, 5, 6), new(0.05m, 3, 4), new(0, 1, 2)];
}
