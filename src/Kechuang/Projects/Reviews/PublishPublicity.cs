using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// 立项公示 (docs/domain.md §6.5): once every expert has submitted and every application has its funding, the funded
/// ones are proposed (拟立项) on the public page for the period in working days, the others are not approved.
/// </summary>
public sealed class PublishPublicity(KechuangDbContext db, TimeProvider clock, Calendar.WorkCalendar workCalendar)
{
    public const int DefaultDays = 5;

    public async Task<CallReviewDto> HandleAsync(Caller caller, Guid callId, PublicityRequest request, CancellationToken ct = default)
    {
        var call = await ReviewAccess.CallAsync(db, caller, callId, write: true, ct);
        var days = request.Days ?? DefaultDays;
        var validation = new Validation();
        if (days is < 1 or > 30)
        {
            validation.Add("days", "公示期应为 1 到 30 个工作日");
        }
        if (request.From is { } first && (first > clock.TodayInChina() || first < clock.TodayInChina().AddDays(-90)))
        {
            validation.Add("from", "公示开始日期应在今天或此前 90 天内");
        }
        validation.ThrowIfAny();
        if (call.PublicityFrom is not null)
        {
            throw new ConflictException($"立项公示已于{call.PublicityFrom:yyyy-MM-dd}发布");
        }
        var applications = await db.ProjectApplications.Where(a => a.CallId == call.Id && a.Status == ApplicationStatus.InReview).ToListAsync(ct);
        if (applications.Count == 0)
        {
            throw new ConflictException("该指南下没有评审中的申报书");
        }
        var ids = applications.Select(a => a.Id).ToList();
        var open = await db.ReviewAssignments.CountAsync(r => ids.Contains(r.ApplicationId) && r.Role == ReviewRole.Reviewer
            && r.Status != ReviewStatus.Declined && r.Status != ReviewStatus.Submitted, ct);
        if (open > 0)
        {
            throw new ConflictException($"还有 {open} 份专家评审未提交，全部提交后才能公示");
        }
        var unfunded = applications.Where(a => a.ApprovedFunding is null).Select(a => a.Title).ToList();
        if (unfunded.Count > 0)
        {
            throw new ConflictException($"以下申报书尚未核定经费（不予资助请核定为 0）：{string.Join("、", unfunded.Take(10))}{(unfunded.Count > 10 ? " 等" : "")}");
        }
        var from = request.From ?? clock.TodayInChina();
        call.PublicityFrom = from;
        // Long enough for the longest holiday (春节 and its 调休) inside a 30-working-day period.
        var calendar = await workCalendar.LoadAsync(from, from.AddDays(days * 2 + 30), ct);
        // The first day counts, so the period is the calendar's time limit "from the day before".
        call.PublicityUntil = calendar.DueDate(from.AddDays(-1), days);
        foreach (var application in applications)
        {
            application.Status = application.ApprovedFunding > 0 ? ApplicationStatus.Proposed : ApplicationStatus.NotApproved;
        }
        await db.SaveChangesAsync(ct);
        return await new GetCallReview(db).HandleAsync(caller, call.Id, ct);
    }
}
