using static System.FormattableString;

namespace Kechuang.Enterprises.Rules;

/// <summary>工作指引 四(二) 知识产权 ≤ 30: advancement 8 + core role 8 + quantity 8 + how obtained 6.</summary>
internal static class HteIpScore
{
    public static ScorePart Part(YearFacts latest)
    {
        if (latest.ClassOneIp + latest.ClassTwoIp <= 0)
        {
            return new ScorePart("ip", 0, 0, Deferred.Of(latest, static f => $"{Count(f)}：无知识产权，0分"));
        }
        var advancement = Expert(latest.IpAdvancement, HteThresholds.IpAdvancementMax);
        var coreRole = Expert(latest.IpCoreRole, HteThresholds.IpCoreRoleMax);
        var quantity = latest.ClassOneIp > 0
            ? HteThresholds.IpQuantityClassOne
            : Band.Pick(HteThresholds.IpQuantityClassTwo, latest.ClassTwoIp);
        var (obtained, how) = latest.IpOwnRd switch
        {
            true => (new Band(0, 1, HteThresholds.IpObtainedOwnRdMax), "自主研发"),
            false => (new Band(0, 1, HteThresholds.IpObtainedBoughtMax), "仅受让、受赠或并购"),
            null => (new Band(0, 1, HteThresholds.IpObtainedOwnRdMax), "获得方式未填"),
        };
        return new ScorePart("ip", advancement.Min + coreRole.Min + quantity.Min + obtained.Min, advancement.Max + coreRole.Max + quantity.Max + obtained.Max,
            Deferred.Of((latest, advancement, coreRole, quantity, obtained, how), static s =>
                $"{Count(s.latest)}：技术先进程度 {s.advancement}、核心支持作用 {s.coreRole}、数量 {s.quantity}、获得方式（{s.how}）{s.obtained}"));
    }

    private static string Count(YearFacts latest) => Invariant($"Ⅰ类 {latest.ClassOneIp} 件、Ⅱ类 {latest.ClassTwoIp} 件") + Show.IpSource(latest);

    private static Band Expert(int? points, int max) => points is { } p
        ? new Band(0, HteScore.Expert(p, max), p)
        : new Band(0, 0, max);
}
