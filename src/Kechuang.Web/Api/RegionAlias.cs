using Kechuang.Common;

namespace Kechuang.Web.Api;

/// <summary>
/// The query names a region: <c>region</c>, or the older <c>regionCode</c>, accepted for one more release (ADR 0012).
/// </summary>
public static class RegionAlias
{
    public const string Name = "region";
    public const string OldName = "regionCode";

    /// <summary>The code the caller sent under either name; both names with different codes is a 400.</summary>
    public static string? Pick(string? region, string? regionCode)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return regionCode;
        }
        if (!string.IsNullOrWhiteSpace(regionCode) && region.Trim() != regionCode.Trim())
        {
            throw new ValidationFailedException(OldName, "region 与 regionCode 不一致：请只用 region（regionCode 为旧名）");
        }
        return region;
    }

    /// <summary>
    /// The name under which the caller sent <paramref name="field"/>: a use case names its region argument "region" or
    /// "regionCode" whichever the caller used, and a query name in the caller's own spelling. Body fields are left alone.
    /// </summary>
    public static string AsSent(HttpRequest request, string field)
    {
        string[] names = field switch
        {
            Name => [Name, OldName],
            OldName => [OldName, Name],
            _ => [field],
        };
        foreach (var name in names)
        {
            if (request.Query.Keys.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } sent)
            {
                return sent;
            }
            if (request.RouteValues.ContainsKey(name))
            {
                return name;
            }
        }
        return field;
    }
}
