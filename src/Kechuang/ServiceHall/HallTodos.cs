using System.Globalization;
using Kechuang.Enterprises.Rules;
using Kechuang.Policies;
using Kechuang.Projects.Applications;

namespace Kechuang.ServiceHall;

/// <summary>The to-do list: what the enterprise should do next, with a date where there is one, soonest first.</summary>
internal static class HallTodos
{
    public static IReadOnlyList<HallTodo> For(
        IReadOnlyList<HallTitle> titles, IReadOnlyList<HallFactsYear> years, HallLadder ladder, IReadOnlyList<HallCall> calls,
        IReadOnlyList<HallPolicy> policies, HallRecords records, DateOnly today)
    {
        var list = new List<HallTodo>();
        foreach (var y in years.Where(y => !y.Filed && y.Year == today.Year - 1 || y.Overdue))
        {
            list.Add(new("facts", y.Overdue ? $"{y.Year}年度数据逾期未填报（应于{Zh(y.DueOn)}前填报）" : $"填报{y.Year}年度数据（{Zh(y.DueOn)}前）", y.DueOn, $"/hall?year={y.Year}#facts"));
        }
        foreach (var t in titles.Where(t => t.DaysLeft is <= GetHall.ExpiryWarningDays))
        {
            list.Add(new("title", $"{t.Type}（{t.Number}）将于{Zh(t.ExpiresOn!.Value)}到期，还有 {t.DaysLeft} 天：请及时准备重新认定", t.ExpiresOn, "/hall#titles"));
        }
        foreach (var c in calls.Where(c => c.Eligible && c.ClosesOn.DayNumber - today.DayNumber <= GetHall.ClosingSoonDays))
        {
            list.Add(new("call", $"申报指南「{c.Title}」将于{Zh(c.ClosesOn)}截止，本企业符合申报条件", c.ClosesOn, "/projects/applications"));
        }
        foreach (var a in records.Applications.Where(a => a.Status == ApplicationStatus.Returned))
        {
            list.Add(new("application", $"申报书「{a.Title}」被退回：{a.ReturnReason}，请修改后重新提交", null, "/projects/applications"));
        }
        foreach (var a in records.Awards.Where(a => a.Status == AwardStatus.Public))
        {
            list.Add(new("award", $"「{a.ClauseName}」奖补 {Money(a.Amount)} 元公示中（至{(a.PublicTo is { } to ? Zh(to) : "公示期满")}），请核对；有异议请在公示期内提出", a.PublicTo, "/policies/mine"));
        }
        foreach (var p in policies.Where(p => p.Qualifies && p.CanApply))
        {
            list.Add(new("policy", $"可申请「{p.Name}」，按已填报数据测算 {Money(p.Amount)} 元", null, "/policies/mine"));
        }
        if (ladder.NextVerdict == Verdicts.Eligible && ladder.Next is { } next)
        {
            list.Add(new("ladder", $"按{ladder.Year}年度数据已符合{next}条件，可向科技局申报", null, "/hall#ladder"));
        }
        return [.. list.OrderBy(t => t.DueOn ?? DateOnly.MaxValue)];
    }

    private static string Zh(DateOnly d) => Common.Zh.Date(d);

    private static string Money(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
