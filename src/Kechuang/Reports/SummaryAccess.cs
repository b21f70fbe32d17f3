using Kechuang.Data;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Reports;

/// <summary>
/// Who may do what with a summary: bureau staff, leaders and admins read any region in their area (as the indicator
/// table); staff and admins edit and freeze. The region, year and period are checked here once for every use case.
/// </summary>
internal static class SummaryAccess
{
    public sealed record Target(Region Region, int Year, string Period);

    public static async Task<Target> ReadAsync(KechuangDbContext db, Caller caller, string? region, int? year, string? period, CancellationToken ct)
    {
        var place = await AssessmentQuery.RegionAsync(db, caller, region, "region", ct);
        var validation = new Common.Validation();
        validation.Require(year is >= 2000 and <= 2100, "year", "请填写2000至2100之间的年份");
        validation.ThrowIfAny();
        return new Target(place, year!.Value, SummaryPeriod.Normalise(period));
    }

    public static async Task<Target> WriteAsync(KechuangDbContext db, Caller caller, string? region, int? year, string? period, CancellationToken ct)
    {
        var target = await ReadAsync(db, caller, region, year, period, ct);
        IndicatorAccess.RequireWrite(caller, RegionCode.Parse(target.Region.Code));
        return target;
    }

    public static Task<SummaryRecord?> RecordAsync(KechuangDbContext db, Target target, CancellationToken ct) =>
        db.SummaryReports.FirstOrDefaultAsync(s => s.RegionCode == target.Region.Code && s.Year == target.Year && s.Period == target.Period, ct);

    /// <summary>
    /// Saves a summary's record; two users creating the same summary's record at once meet at its unique index, and the
    /// second is told to reload (409) rather than shown a server error.
    /// </summary>
    public static async Task SaveAsync(KechuangDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            throw new Common.ConflictException("其他用户刚刚保存了这份工作总结，请刷新后重试");
        }
    }
}
