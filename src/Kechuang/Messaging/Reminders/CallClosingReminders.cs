using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Calls;
using Kechuang.Regions;

namespace Kechuang.Messaging.Reminders;

/// <summary>
/// 申报截止: a published call open today that closes within 7 days reminds once the enterprise users of the enterprises
/// of its region and under it (the region an enterprise may apply from, docs/domain.md §6.2, §7.11).
/// </summary>
public sealed class CallClosingReminders(KechuangDbContext db) : IReminderSource
{
    public const int DaysAhead = 7;

    public string Name => "call-closing";

    public async Task<IReadOnlyList<MessageRequest>> FindAsync(DateOnly today, CancellationToken ct)
    {
        var calls = await ClosingCalls.ListAsync(db, today, today.AddDays(DaysAhead), ct);
        var requests = new List<MessageRequest>();
        foreach (var call in calls)
        {
            var enterprises = await EnterpriseGroups.InRegionAsync(db, RegionCode.Parse(call.RegionCode), ct);
            var users = await EnterpriseUsers.OfAsync(db, enterprises.Select(e => e.Id), ct);
            requests.AddRange(enterprises.SelectMany(e => users[e.Id].Select(u => new MessageRequest(u,
                $"申报指南“{call.Title}”将于{Zh.Date(call.ClosesOn)}截止",
                $"科技计划项目申报指南“{call.Title}”正在征集，将于{Zh.Date(call.ClosesOn)}截止申报，如需申报请尽快提交。",
                $"call:{call.Id:N}:{u}", "/projects/applications"))));
        }
        return requests;
    }
}
