using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Notices;

/// <summary>The editor's audience preview: how many enterprises a draft would reach today, and the first names.</summary>
public sealed class PreviewNoticeAudience(KechuangDbContext db, TimeProvider clock)
{
    public async Task<AudiencePreview> HandleAsync(Caller caller, NoticeRequest request, CancellationToken ct = default)
    {
        NoticeAccess.RequireReader(caller);
        var region = caller.ScopeTo(request.RegionCode) ?? caller.Region;
        var draft = new Notice
        {
            RegionCode = region.Value, Title = "", Body = "", CreatedBy = "",
            Audience = Validation.Blank(request.Audience) ?? NoticeAudience.All, AudienceTitle = request.AudienceTitle,
            EnterpriseIds = [.. request.EnterpriseIds ?? []],
        };
        var audience = await NoticeAudience.ResolveAsync(db, draft, clock.TodayInChina(), ct);
        return new AudiencePreview(audience.Count, [.. audience.Take(NoticeRules.MaxList).Select(e => new AudienceMember(e.Id, e.Name))]);
    }
}
