using Kechuang.Common;
using Kechuang.Users;

namespace Kechuang.Messaging;

/// <summary>
/// Who sees what (docs/domain.md §7.11): every signed-in user reads its own in-app messages; the outbox history of a
/// region is for its admins, staff and leaders, and only admins and staff send a failed message again.
/// </summary>
internal static class MessagingAccess
{
    public static void RequireHistoryReader(Caller caller)
    {
        if (!new[] { Roles.Admin, Roles.Staff, Roles.Leader }.Any(caller.IsIn))
        {
            throw new ForbiddenException("当前账号不能查看消息发送记录");
        }
    }

    public static void RequireRetry(Caller caller) => caller.RequireRole(Roles.Admin, Roles.Staff);
}
