using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;

namespace Kechuang.Notices;

/// <summary>The checks and field copy shared by create and update.</summary>
internal static class SaveNotice
{
    public static async Task ApplyAsync(KechuangDbContext db, Caller caller, Notice notice, NoticeRequest request, DateOnly today, CancellationToken ct)
    {
        var v = new Validation();
        NoticeRules.Check(request, today, v);
        var region = caller.ScopeTo(request.RegionCode) ?? caller.Region;
        var ids = (request.EnterpriseIds ?? []).Distinct().ToList();
        var audience = Validation.Blank(request.Audience) ?? NoticeAudience.All;
        if (audience == NoticeAudience.List && !v.HasErrors)
        {
            foreach (var enterprise in ids)
            {
                await EnterpriseReference.CheckIdAsync(db, caller, enterprise, region, "enterpriseIds", v, ct);
                if (v.HasErrors)
                {
                    break;
                }
            }
        }
        v.ThrowIfAny();
        notice.RegionCode = region.Value;
        notice.Title = request.Title!.Trim();
        notice.Body = request.Body!.Trim();
        notice.Audience = audience;
        notice.AudienceTitle = audience == NoticeAudience.Title ? request.AudienceTitle : null;
        notice.EnterpriseIds = audience == NoticeAudience.List ? ids : [];
        notice.IsPublic = request.IsPublic;
        notice.Deadline = request.Deadline;
    }
}
