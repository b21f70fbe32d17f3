using Kechuang.Common;
using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>认定管理办法 第十一条: the conditions, in the order of the article.</summary>
internal static class HteConditions
{
    public static IReadOnlyList<Condition> All(HteInput input, IReadOnlyList<YearFacts> years, int scoreMin, int scoreMax)
    {
        var latest = years.Count > 0 ? years[^1] : null;
        var missing = latest is null ? Invariant($"缺少{input.Year}年度企业数据，无法判断") : "";
        return
        [
            RegisteredOneYear(input.FoundedOn, input.AsOf),
            latest is null ? Condition.Unknown("coreIp", missing) : CoreIp(latest),
            SupportedField(input.TechnologyField),
            latest is null ? Condition.Unknown("techStaffShare", missing) : HteShares.TechStaff(latest),
            latest is null ? Condition.Unknown("rdExpenseRatio", missing) : HteShares.RdExpenseRatio(years),
            latest is null ? Condition.Unknown("rdDomesticShare", missing) : HteShares.RdDomestic(years),
            latest is null ? Condition.Unknown("highTechIncomeShare", missing) : HteShares.HighTechIncome(latest),
            InnovationScore(scoreMin, scoreMax, latest is null ? missing + "；" : ""),
            latest is null ? Condition.Unknown("noMajorViolation", missing) : NoMajorViolation(latest),
        ];
    }

    private static Condition RegisteredOneYear(DateOnly foundedOn, DateOnly asOf)
    {
        var days = asOf.DayNumber - foundedOn.DayNumber;
        const int required = HteThresholds.MinRegisteredDays;
        return days >= required
            ? new("registeredOneYear", true, days, required, () => Invariant($"{Zh.Date(foundedOn)}成立，已注册 {days} 天，满 {required} 天"))
            : new("registeredOneYear", false, days, required,
                () => Invariant($"已注册 {days} 天，不足 {required} 天：还需 {required - days} 天（{Zh.Date(foundedOn.AddDays(required))}起满一年）"),
                required - days);
    }

    private static Condition CoreIp(YearFacts latest)
    {
        var count = latest.ClassOneIp + latest.ClassTwoIp;
        return count >= 1
            ? new("coreIp", true, count, 1, () => Invariant($"拥有知识产权 {count} 件（Ⅰ类 {latest.ClassOneIp} 件、Ⅱ类 {latest.ClassTwoIp} 件）") + Show.IpSource(latest))
            : new("coreIp", false, 0, 1, () => "未拥有知识产权：还需至少 1 件对主要产品（服务）发挥核心支持作用的知识产权" + Show.IpSource(latest), 1);
    }

    private static Condition SupportedField(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return Condition.Unknown("supportedField", "未填写技术领域，无法判断是否属于国家重点支持的高新技术领域");
        }
        return TechnologyFields.IsSupported(field)
            ? new("supportedField", true, null, null, () => $"技术领域“{field.Trim()}”属于国家重点支持的高新技术领域")
            : new("supportedField", false, null, null,
                () => $"技术领域“{field.Trim()}”不属于国家重点支持的八大领域（{string.Join("、", TechnologyFields.All)}）");
    }

    private static Condition InnovationScore(int min, int max, string prefix)
    {
        const int required = HteThresholds.MinInnovationScore;
        var score = () => Invariant($"创新能力评价 {Show.Range(min, max)} 分");
        return min >= required ? new("innovationScore", true, null, required, () => Invariant($"{prefix}{score()}，不低于 {required} 分"))
            : max < required ? new("innovationScore", false, null, required,
                () => Invariant($"{prefix}{score()}，低于 {required} 分：即使各项取最高分也还差 {required - max} 分"), required - max)
            : new("innovationScore", null, null, required, () => Invariant($"{prefix}{score()}，能否达到 {required} 分取决于专家评分"));
    }

    private static Condition NoMajorViolation(YearFacts latest) => latest.MajorViolation
        ? new("noMajorViolation", false, null, null, () => Invariant($"{latest.Year}年发生重大安全、重大质量事故或严重环境违法行为"))
        : new("noMajorViolation", true, null, null, () => Invariant($"{latest.Year}年未发生重大安全、重大质量事故或严重环境违法行为"));
}
