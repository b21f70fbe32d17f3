using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises.Cultivation;

/// <summary>
/// Titles running out within <c>months</c> (default 6) that have no successor yet. HTE certificates cannot be
/// renewed — the company applies anew (重新认定) — and tech-SME registrations last one year, so both need
/// warning well ahead (docs/domain.md §4).
/// </summary>
public sealed class ListReminders(KechuangDbContext db, TimeProvider clock)
{
    private static readonly string[] Watched = [QualificationType.HighTech, QualificationType.TechSme];

    public async Task<IReadOnlyList<Reminder>> HandleAsync(Caller caller, int? months = null, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureau(caller);
        var window = months ?? 6;
        if (window is < 1 or > 24)
        {
            throw new ValidationFailedException("months", "提醒范围应为 1–24 个月");
        }
        var today = clock.TodayInChina();
        var until = today.AddMonths(window);
        var enterprises = db.Enterprises.AsNoTracking().VisibleTo(caller, RegionScope.MatchFor(db));
        var expiring = await (from q in db.Qualifications.AsNoTracking()
                              join e in enterprises on q.EnterpriseId equals e.Id
                              where Watched.Contains(q.Type) && q.RevokedOn == null && q.ExpiresOn >= today && q.ExpiresOn <= until
                                    && !db.Qualifications.Any(n => n.EnterpriseId == q.EnterpriseId && n.Type == q.Type && n.ExpiresOn > until && n.RevokedOn == null)
                              orderby q.ExpiresOn
                              select new { q, e.Name, e.RegionCode }).ToListAsync(ct);
        return expiring.Select(x =>
        {
            var days = x.q.ExpiresOn!.Value.DayNumber - today.DayNumber;
            var message = x.q.Type == QualificationType.HighTech
                ? $"高新技术企业证书将于 {x.q.ExpiresOn:yyyy-MM-dd} 到期（还有 {days} 天），需重新认定，请提前辅导申报"
                : $"科技型中小企业入库登记将于 {x.q.ExpiresOn:yyyy-MM-dd} 到期（还有 {days} 天），请提醒企业重新评价入库";
            return new Reminder(x.q.EnterpriseId, x.Name, x.RegionCode, x.q.Type, x.q.Number, x.q.ExpiresOn.Value, days, message);
        }).ToList();
    }
}
