using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;

namespace Kechuang.Messaging.Reminders;

/// <summary>
/// 资质到期: a 高新技术企业 certificate or 科技型中小企业 registration valid today that runs out within 90 days reminds
/// the enterprise's users once per title (docs/domain.md §4.1: there is no renewal, the company applies anew; §7.11).
/// </summary>
public sealed class TitleExpiryReminders(KechuangDbContext db) : IReminderSource
{
    public const int DaysAhead = 90;
    private static readonly string[] Types = ["高新技术企业", "科技型中小企业"];

    public string Name => "title-expiry";

    public async Task<IReadOnlyList<MessageRequest>> FindAsync(DateOnly today, CancellationToken ct)
    {
        var titles = await EnterpriseGroups.ExpiringAsync(db, Types, today, today.AddDays(DaysAhead), ct);
        var users = await EnterpriseUsers.OfAsync(db, titles.Select(t => t.EnterpriseId), ct);
        return [.. titles.SelectMany(t => users[t.EnterpriseId].Select(u => new MessageRequest(u,
            $"{t.Type}资格将于{Zh.Date(t.ExpiresOn)}到期",
            $"{t.EnterpriseName}的{t.Type}资格将于{Zh.Date(t.ExpiresOn)}到期，到期后不再有效；如需继续享受相关政策，请及早准备重新申报。",
            $"title:{t.QualificationId:N}:{u}", "/enterprises/" + t.EnterpriseId.ToString())))];
    }
}
