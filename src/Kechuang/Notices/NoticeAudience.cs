using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;

namespace Kechuang.Notices;

/// <summary>
/// Whom a notice addresses (docs/domain.md §7.11): every enterprise of its region, the holders of a title valid on the
/// day it is published (from the register's qualifications), the cultivation pool of that year (§4.4), or a list.
/// </summary>
public static class NoticeAudience
{
    public const string All = "全部企业";
    public const string Title = "资质企业";
    public const string Pool = "培育库";
    public const string List = "指定企业";

    public static readonly IReadOnlyList<string> Kinds = [All, Title, Pool, List];
    public static readonly IReadOnlyList<string> Titles = ["高新技术企业", "科技型中小企业"];

    public static async Task<List<EnterpriseMember>> ResolveAsync(KechuangDbContext db, Notice notice, DateOnly today, CancellationToken ct)
    {
        var region = RegionCode.Parse(notice.RegionCode);
        switch (notice.Audience)
        {
            case Title:
                var holders = await EnterpriseLookup.HoldersAsync(db, region, notice.AudienceTitle ?? "", today, ct);
                return await EnterpriseGroups.ByIdsAsync(db, holders.Select(h => h.Id), ct);
            case Pool:
                return await EnterpriseGroups.PoolAsync(db, region, today.Year, ct);
            case List:
                return [.. (await EnterpriseGroups.ByIdsAsync(db, notice.EnterpriseIds, ct)).Where(e => region.Covers(e.RegionCode))];
            default:
                return await EnterpriseGroups.InRegionAsync(db, region, ct);
        }
    }

    public static string Describe(Notice notice) => notice.Audience switch
    {
        Title => $"{notice.AudienceTitle}（有效资质）",
        Pool => "培育库企业",
        List => $"指定企业 {notice.EnterpriseIds.Count} 家",
        _ => "辖区全部企业",
    };
}
