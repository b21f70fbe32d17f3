using Kechuang.Common;

namespace Kechuang.Enterprises;

/// <summary>The checks on a year's figures, shared by the API and the Excel import.</summary>
public static class YearFactsRules
{
    public const int FirstYear = 1990;

    public static void Check(int year, YearFactsRequest r, DateOnly today, Validation v)
    {
        if (year > today.Year)
        {
            v.Add("year", $"年度 {year} 还没有到，不能填报未来年度的数据");
        }
        else if (year < FirstYear)
        {
            v.Add("year", $"年度 {year} 太早，应不早于 {FirstYear} 年");
        }
        Count(v, "staff", "从业人员数", r.Staff, required: true);
        Count(v, "techStaff", "科技人员数", r.TechStaff, required: true);
        Money(v, "salesRevenue", "销售收入", r.SalesRevenue, required: true);
        Money(v, "totalIncome", "总收入", r.TotalIncome, required: true);
        Money(v, "highTechIncome", "高新技术产品（服务）收入", r.HighTechIncome, required: true);
        Money(v, "rdExpense", "研发费用", r.RdExpense, required: true);
        Money(v, "rdExpenseDomestic", "境内研发费用", r.RdExpenseDomestic, required: true);
        Money(v, "totalCostsAndExpenses", "成本费用总额", r.TotalCostsAndExpenses, required: true);
        Money(v, "totalAssets", "资产总额", r.TotalAssets, required: true);
        Money(v, "netAssets", "净资产", r.NetAssets, required: false, allowNegative: true);
        Count(v, "classOneIp", "I类知识产权数", r.ClassOneIp, required: false);
        Count(v, "classTwoIp", "II类知识产权数", r.ClassTwoIp, required: false);
        Count(v, "conversions", "科技成果转化数", r.Conversions, required: false);
        Range(v, "ipAdvancement", "知识产权技术先进程度得分", r.IpAdvancement, 8);
        Range(v, "ipCoreRole", "知识产权核心支持作用得分", r.IpCoreRole, 8);
        Range(v, "rdManagement", "研发组织管理水平得分", r.RdManagement, 20);
        if (r.TechStaff > r.Staff)
        {
            v.Add("techStaff", $"科技人员数 {r.TechStaff} 不能多于从业人员数 {r.Staff}");
        }
        if (r.HighTechIncome > r.TotalIncome)
        {
            v.Add("highTechIncome", "高新技术产品（服务）收入不能大于总收入");
        }
        if (r.RdExpenseDomestic > r.RdExpense)
        {
            v.Add("rdExpenseDomestic", "境内研发费用不能大于研发费用总额");
        }
    }

    public static void Apply(YearFactsRequest r, EnterpriseYear f)
    {
        f.Staff = r.Staff!.Value;
        f.TechStaff = r.TechStaff!.Value;
        f.SalesRevenue = r.SalesRevenue!.Value;
        f.TotalIncome = r.TotalIncome!.Value;
        f.HighTechIncome = r.HighTechIncome!.Value;
        f.RdExpense = r.RdExpense!.Value;
        f.RdExpenseDomestic = r.RdExpenseDomestic!.Value;
        f.TotalCostsAndExpenses = r.TotalCostsAndExpenses!.Value;
        f.TotalAssets = r.TotalAssets!.Value;
        f.NetAssets = r.NetAssets ?? 0;
        f.ClassOneIp = r.ClassOneIp;
        f.ClassTwoIp = r.ClassTwoIp;
        f.Conversions = r.Conversions ?? 0;
        f.MajorViolation = r.MajorViolation ?? false;
        f.IpAdvancement = r.IpAdvancement;
        f.IpCoreRole = r.IpCoreRole;
        f.IpOwnRd = r.IpOwnRd;
        f.RdManagement = r.RdManagement;
    }

    private static void Count(Validation v, string field, string label, int? value, bool required)
    {
        if (value is null)
        {
            v.Require(!required, field, $"请填写{label}");
        }
        else if (value < 0)
        {
            v.Add(field, $"{label}不能为负数");
        }
    }

    private static void Money(Validation v, string field, string label, decimal? value, bool required, bool allowNegative = false)
    {
        if (value is null)
        {
            v.Require(!required, field, $"请填写{label}（元）");
        }
        else if (value < 0 && !allowNegative)
        {
            v.Add(field, $"{label}不能为负数");
        }
        else if (decimal.Round(value.Value, 2) != value.Value)
        {
            v.Add(field, $"{label}最多保留两位小数（单位：元）");
        }
        else if (Math.Abs(value.Value) >= 1_000_000_000_000_000m)
        {
            v.Add(field, $"{label}金额过大，请确认单位是元");
        }
    }

    private static void Range(Validation v, string field, string label, int? value, int max)
    {
        if (value is < 0 || value > max)
        {
            v.Add(field, $"{label}应在 0–{max} 之间");
        }
    }
}
