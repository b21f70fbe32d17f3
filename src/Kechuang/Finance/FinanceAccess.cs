using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>
/// Who keeps the finance register (docs/domain.md §1, §7.4): staff and admins of a region record its counties' loans,
/// guarantees, insurance, compensations and subsidies; leaders read; enterprise users, experts and commissioners see
/// nothing here (403, and 404 for a record's id).
/// </summary>
internal static class FinanceAccess
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static void RequireReader(Caller caller)
    {
        if (!Readers.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看科技金融业务");
        }
    }

    public static RegionCode Scope(Caller caller, string? regionCode)
    {
        RequireReader(caller);
        return caller.ScopeTo(regionCode) ?? caller.Region;
    }

    public static IQueryable<FinanceRecord> InRegion(KechuangDbContext db, RegionCode region) =>
        db.FinanceRecords.AsNoTracking().Within(r => r.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));

    public static async Task<FinanceRecord> LoadAsync(KechuangDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        RequireReader(caller);
        var found = await InRegion(db, caller.Region).AnyAsync(r => r.Id == id, ct);
        return found ? await db.FinanceRecords.FirstAsync(r => r.Id == id, ct) : throw new NotFoundException("未找到该科技金融记录");
    }
}
