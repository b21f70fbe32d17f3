using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Indicators.Assessment;

/// <summary>Checks shared by the assessment reads: the caller, the region and the period (defaults: last month).</summary>
internal static class AssessmentQuery
{
    public static (int Year, int Month) Period(int? year, int? month, TimeProvider clock)
    {
        var (y, m) = AssessmentMath.LastMonth(clock.TodayInChina());
        var chosenYear = year ?? y;
        var chosenMonth = month ?? (year is null || year == y ? m : 12);
        var validation = new Validation();
        IndicatorAccess.CheckYearMonth(chosenYear, chosenMonth, validation);
        validation.ThrowIfAny();
        return (chosenYear, chosenMonth);
    }

    /// <summary>A region the caller may read: 400 malformed, 404 unknown, 403 outside the caller's area.</summary>
    public static async Task<Region> RegionAsync(KechuangDbContext db, Caller caller, string? code, string field, CancellationToken ct)
    {
        IndicatorAccess.RequireRead(caller);
        var region = await IndicatorAccess.FindRegionAsync(db, code, field, ct);
        caller.RequireRegion(RegionCode.Parse(region.Code));
        return region;
    }
}
