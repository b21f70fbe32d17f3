using System.Globalization;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;

namespace Kechuang.Messaging.Reminders;

/// <summary>
/// 年度数据填报: an enterprise's facts for last year are due by 5月31日 (docs/domain.md §7.11, the month the HTE annual
/// report is due, §4); in the 30 days before, each user of an enterprise still without them is reminded once a year.
/// </summary>
public sealed class YearlyFactsReminders(KechuangDbContext db) : IReminderSource
{
    public const int DueMonth = 5;
    public const int DueDay = 31;
    public const int DaysBefore = 30;

    public string Name => "yearly-facts";

    public static DateOnly DueOn(int year) => new(year, DueMonth, DueDay);

    public async Task<IReadOnlyList<MessageRequest>> FindAsync(DateOnly today, CancellationToken ct)
    {
        var due = DueOn(today.Year);
        if (today > due || today < due.AddDays(-DaysBefore))
        {
            return [];
        }
        var year = today.Year - 1;
        var missing = await EnterpriseGroups.WithoutFactsAsync(db, year, ct);
        var users = await EnterpriseUsers.OfAsync(db, missing.Select(e => e.Id), ct);
        var y = year.ToString(CultureInfo.InvariantCulture);
        return [.. missing.SelectMany(e => users[e.Id].Select(u => new MessageRequest(u,
            $"请填报{y}年度企业数据",
            $"{e.Name}尚未填报{y}年度的企业数据（职工、研发费用、销售收入等），请于{Zh.Date(due)}前登录系统填报。",
            $"facts:{y}:{e.Id:N}:{u}", "/enterprises/" + e.Id.ToString())))];
    }
}
