using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>POST /api/outreach/activities and PUT …/{id}: an activity held in a county of the caller's region.</summary>
public sealed class SaveActivity(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ActivityDto> HandleAsync(Caller caller, Guid? id, ActivityRequest request, CancellationToken ct = default)
    {
        OutreachAccess.RequireReader(caller);
        var activity = id is { } existing ? await OutreachAccess.LoadActivityAsync(db, caller, existing, ct) : null;
        if (activity is not null)
        {
            OutreachAccess.RequireWrite(caller, activity.RegionCode);
        }
        var validation = new Validation();
        OutreachRules.Activity(request, clock.TodayInChina(), validation);
        var county = await OutreachAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        if (activity is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, activity, version);
        }
        var now = clock.GetUtcNow();
        activity ??= db.OutreachActivities.Add(new OutreachActivity
        {
            Kind = "", Title = "", Organisers = "", Place = "", RegionCode = county.Code, CreatedAt = now,
        }).Entity;
        activity.Kind = request.Kind!.Trim();
        activity.Title = request.Title!.Trim();
        activity.Organisers = request.Organisers!.Trim();
        activity.Place = request.Place!.Trim();
        activity.RegionCode = county.Code;
        activity.HeldOn = request.HeldOn!.Value;
        activity.Attendance = request.Attendance!.Value;
        activity.Remark = OutreachRules.Blank(request.Remark);
        activity.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return (await ListActivities.DtosAsync(db, [activity], ct))[0];
    }
}
