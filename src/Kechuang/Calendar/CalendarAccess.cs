using Kechuang.Common;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Calendar;

/// <summary>
/// The calendar is the country's: everyone signed in reads it; only a province or country administrator enters a year
/// or corrects a day, as with the other reference tables that serve every county (platform kinds, docs/domain.md §7.2).
/// </summary>
internal static class CalendarAccess
{
    public static void RequireEditor(Caller caller)
    {
        caller.RequireRole(Roles.Admin);
        if (caller.Region.Level > RegionLevel.Province)
        {
            throw new ForbiddenException("节假日安排按国务院办公厅通知统一录入，只有省级或全国的系统管理员可以修改；本辖区管理员可以查看");
        }
    }
}
