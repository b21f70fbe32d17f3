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
            ? new("registeredOneYear", true, days, required,
                Deferred.Of((foundedOn, days), static s => Invariant($"{Zh.Date(s.foundedOn)}成立，已注册 {s.days} 天，满 {required} 天")))
            : new("registeredOneYear", false, days, required,
                Deferred.Of((foundedOn, days), static s =>
                    Invariant($"已注册 {s.days} 天，不足 {required} 天：还需 {required - s.days} 天（{Zh.Date(s.foundedOn.AddDays(required))}起满一年）")),
                required - days);
    }

    private static Condition CoreIp(YearFacts latest)
    {
        var count = latest.ClassOneIp + latest.ClassTwoIp;
        return count >= 1
            ? new("coreIp", true, count, 1, Deferred.Of(latest, static f =>
                Invariant($"拥有知识产权 {f.ClassOneIp + f.ClassTwoIp} 件（Ⅰ类 {f.ClassOneIp} 件、Ⅱ类 {f.ClassTwoIp} 件）") + Show.IpSource(f)))
            : new("coreIp", false, 0, 1, Deferred.Of(latest, static f => "未拥有知识产权：还需至少 1 件对主要产品（服务）发挥核心支持作用的知识产权" + Show.IpSource(f)), 1);
    }

    private static Condition SupportedField(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return Condition.Unknown("supportedField", "未填写技术领域，无法判断是否属于国家重点支持的高新技术领域");
        }
        return TechnologyFields.IsSupported(field)
            ? new("supportedField", true, null, null, Deferred.Of(field, static f => $"技术领域“{f.Trim()}”属于国家重点支持的高新技术领域"))
            : new("supportedField", false, null, null,
                Deferred.Of(field, static f => $"技术领域“{f.Trim()}”不属于国家重点支持的八大领域（{string.Join("、", TechnologyFields.All)}）"));
    }

    private static Condition InnovationScore(int min, int max, string prefix)
    {
        const int required = HteThresholds.MinInnovationScore;
        var state = (min, max, prefix);
        return min >= required ? new("innovationScore", true, null, required, Deferred.Of(state, static s => Invariant($"{Score(s)}，不低于 {required} 分")))
            : max < required ? new("innovationScore", false, null, required,
                Deferred.Of(state, static s => Invariant($"{Score(s)}，低于 {required} 分：即使各项取最高分也还差 {required - s.max} 分")), required - max)
            : new("innovationScore", null, null, required, Deferred.Of(state, static s => Invariant($"{Score(s)}，能否达到 {required} 分取决于专家评分")));
    }

    private static string Score((int Min, int Max, string Prefix) s) => Invariant($"{s.Prefix}创新能力评价 {Show.Range(s.Min, s.Max)} 分");

    private static Condition NoMajorViolation(YearFacts latest) => latest.MajorViolation
        ? new("noMajorViolation", false, null, null, Deferred.Of(latest, static f => Invariant($"{f.Year}年发生重大安全、重大质量事故或严重环境违法行为")))
        : new("noMajorViolation", true, null, null, Deferred.Of(latest, static f => Invariant($"{f.Year}年未发生重大安全、重大质量事故或严重环境违法行为")));
}
