using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Market;

/// <summary>
/// What events and cooperation projects share (docs/domain.md §7.1): text limits (plain text, stored as typed), who
/// the bureau of a region is, and the one check of an enterprise they name.
/// </summary>
public static class MarketFollowUpRules
{
    public const int MaxTitle = 100;
    public const int MaxName = 200;
    public const int MaxNote = 1000;

    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static bool IsBureau(Caller caller) => Bureau.Any(caller.IsIn);

    /// <summary>The county a write names (the caller's own when it is one and the request names none); 400 when malformed or not a county, 403 outside the caller's.</summary>
    public static RegionCode CountyOf(Caller caller, string? regionCode, Validation v)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var region = caller.ScopeTo(regionCode) ?? caller.Region;
        if (region.Level != RegionLevel.County)
        {
            v.Add("regionCode", "请选择县（市、区）");
        }
        return region;
    }

    /// <summary>An enterprise of the register in <paramref name="county"/>: its name, or null with a 400 on <paramref name="field"/>.</summary>
    public static async Task<string?> EnterpriseNameAsync(KechuangDbContext db, Caller caller, Guid id, RegionCode county, string field, Validation v, CancellationToken ct)
    {
        if (await EnterpriseReference.CheckIdAsync(db, caller, id, county, field, v, ct) is null)
        {
            return null;
        }
        return (await EnterpriseLookup.NamesAsync(db, [id], ct)).GetValueOrDefault(id);
    }
}
