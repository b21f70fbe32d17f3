using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.ServiceHall;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Tests.Demo;

/// <summary>
/// 平阳县's 企业服务大厅 in the demo (docs/domain.md §7.12): py_qiye manages its enterprise's users with one colleague,
/// the bureau has one registration waiting and one approved (its account made), and one invitation open.
/// </summary>
public sealed partial class DemoRealismTests
{
    [Fact]
    public async Task Hall_Pingyang_AdminWithColleague_OnePendingOneApproved_OneInvitation()
    {
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var qiye = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "py_qiye");
        var caller = new Caller(qiye.Id, "py_qiye", new HashSet<string> { Roles.Enterprise }, RegionCode.Parse(Pingyang), qiye.EnterpriseId);
        var staff = new Caller("s", "py_staff", new HashSet<string> { Roles.Staff }, RegionCode.Parse(Pingyang), null);

        Assert.True(await scope.ServiceProvider.GetRequiredService<IsEnterpriseAdmin>().HandleAsync(caller));
        var colleagues = await scope.ServiceProvider.GetRequiredService<ListColleagues>().HandleAsync(caller);
        Assert.Equal(2, colleagues.Count);
        Assert.Single(colleagues, c => c.IsAdmin && c.UserName == "py_qiye");

        var requests = (await scope.ServiceProvider.GetRequiredService<ListAccountRequests>().HandleAsync(staff, new ListAccountRequestsQuery())).Items;
        Assert.Single(requests, r => r.Status == AccountRequestStatus.Pending);
        var approved = await db.HallAccountRequests.AsNoTracking().SingleAsync(r => r.Status == AccountRequestStatus.Approved);
        Assert.True(await db.Users.AnyAsync(u => u.Id == approved.UserId && u.EnterpriseId == approved.EnterpriseId));
        Assert.Equal(1, await db.HallInvitations.CountAsync(i => i.RegionCode == Pingyang && i.UsedAt == null));
    }
}
