namespace Kechuang.Enterprises.Rules;

/// <summary>
/// 科技型中小企业评价办法 (国科发政〔2017〕115号) 第六、七条 and 评价服务工作指引 (2022): limits and
/// scoring bands; each band includes its lower bound.
/// </summary>
public static class TechSmeThresholds
{
    public const int MaxStaff = 500;
    public const decimal MaxSales = 200_000_000m;
    public const decimal MaxAssets = 200_000_000m;

    /// <summary>第六条(五): a score of at least 60 and more than 0 for 科技人员.</summary>
    public const int MinScore = 60;

    /// <summary>第七条(一) 科技人员 share of staff (20).</summary>
    internal static readonly Band[] TechStaff = [Points(0.30m, 20), Points(0.25m, 16), Points(0.20m, 12), Points(0.15m, 8), Points(0.10m, 4)];

    /// <summary>第七条(二)1 R&amp;D ÷ sales (50).</summary>
    internal static readonly Band[] RdToSales = [Points(0.06m, 50), Points(0.05m, 40), Points(0.04m, 30), Points(0.03m, 20), Points(0.02m, 10)];

    /// <summary>第七条(二)2 R&amp;D ÷ total costs and expenses (50).</summary>
    internal static readonly Band[] RdToCosts = [Points(0.30m, 50), Points(0.25m, 40), Points(0.20m, 30), Points(0.15m, 20), Points(0.10m, 10)];

    /// <summary>第七条(三) IP: any Class I 30, else by Class II count (30).</summary>
    public const int ClassOneIpPoints = 30;

    internal static readonly Band[] ClassTwoIp = [Points(4, 24), Points(3, 18), Points(2, 12), Points(1, 6)];

    private static Band Points(decimal atLeast, int points) => new(atLeast, points, points);
}
