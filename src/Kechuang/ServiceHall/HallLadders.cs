using System.Globalization;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Evaluations;
using Kechuang.Enterprises.Rules;
using Kechuang.Users;

namespace Kechuang.ServiceHall;

/// <summary>
/// Where the enterprise stands on the ladder (docs/domain.md §4): the titles it holds and the gap to the next one,
/// taken from the evaluations the bureau's cultivation view uses — never a second copy of their rules.
/// </summary>
internal static class HallLadders
{
    public const string Leading = "领军企业";

    public static readonly IReadOnlyList<string> Titles = [QualificationType.TechSme, QualificationType.HighTech, Leading];

    public static async Task<HallLadder> BuildAsync(Caller caller, Guid id, IReadOnlyList<QualificationDto> held, DateOnly today,
        EvaluateHte hte, EvaluateTechSme techSme, CancellationToken ct)
    {
        var year = EvaluationData.Defaults(null, null, today).Year;
        var hteResult = await hte.HandleAsync(caller, id, year, today, ct);
        var smeResult = await techSme.HandleAsync(caller, id, year, ct);
        var rungs = Titles.Select(t =>
        {
            var valid = held.Where(q => q.Type == t && q.Status == "有效").ToList();
            return new HallRung(t, valid.Count > 0, valid.Count > 0 ? valid.Max(q => q.ExpiresOn) : null);
        }).ToList();
        var top = rungs.FindLastIndex(r => r.Held);
        var next = top + 1 < rungs.Count ? rungs[top + 1].Title : null;
        var (verdict, gaps, summary) = next switch
        {
            QualificationType.TechSme => Gap(next, year, smeResult.Verdict, smeResult.Conditions),
            QualificationType.HighTech => Gap(next, year, hteResult.Verdict, hteResult.Conditions),
            Leading => (null, [], $"已是{QualificationType.HighTech}。{Leading}由各地按本地办法认定，没有统一的量化条件，请关注科技局发布的认定通知"),
            _ => (null, (IReadOnlyList<Condition>)[], $"已是{Leading}"),
        };
        return new HallLadder(year, rungs, next, verdict, summary, gaps, hteResult, smeResult);
    }

    /// <summary>The failed conditions, and the unknown ones (facts not filed), in the evaluation's own words.</summary>
    private static (string Verdict, IReadOnlyList<Condition> Gaps, string Summary) Gap(string title, int year, string verdict, IReadOnlyList<Condition> conditions)
    {
        var failed = conditions.Where(c => c.Passed == false).ToList();
        var unknown = conditions.Where(c => c.Passed is null).ToList();
        var summary = verdict switch
        {
            Verdicts.Eligible => $"按{year}年度数据，已符合{title}的条件，可以申报",
            _ when failed.Count > 0 => string.Create(CultureInfo.InvariantCulture,
                $"按{year}年度数据，距{title}还差 {failed.Count} 项条件：{string.Join("；", failed.Select(c => c.Message))}"),
            _ => string.Create(CultureInfo.InvariantCulture,
                $"按{year}年度数据，{title}还有 {unknown.Count} 项条件无法判断：{string.Join("；", unknown.Select(c => c.Message))}"),
        };
        return (verdict, [.. failed, .. unknown], summary);
    }
}
