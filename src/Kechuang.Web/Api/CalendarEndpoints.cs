using System.Security.Claims;
using Kechuang.Calendar;

namespace Kechuang.Web.Api;

/// <summary>GET /api/calendar/workdays: both ends included, as YYYY-MM-DD.</summary>
public sealed record WorkdaysParameters(DateOnly? From, DateOnly? To);

/// <summary>GET /api/calendar/days: one year's special days.</summary>
public sealed record SpecialDaysParameters(int? Year);

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("工作日历");
        calendar.MapGet("/workdays", (ClaimsPrincipal user, [AsParameters] WorkdaysParameters query, GetWorkdays handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.From, query.To, ct))
            .WithName("GetWorkdays")
            .WithSummary("区间内的工作日（按国务院办公厅节假日安排；未录入的年份仅按周末计算并给出提示）")
            .ProducesValidationProblem();
        calendar.MapGet("/years", (ClaimsPrincipal user, ListCalendarYears handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), ct))
            .WithName("ListCalendarYears")
            .WithSummary("已录入节假日安排的年份，及今明两年是否已录入");
        calendar.MapGet("/days", (ClaimsPrincipal user, [AsParameters] SpecialDaysParameters query, ListSpecialDays handler, CancellationToken ct) =>
            handler.HandleAsync(user.Caller(), query.Year, ct))
            .WithName("ListSpecialDays")
            .WithSummary("一年的节假日（工作日放假，休）和调休上班日（周末上班，班）")
            .ProducesValidationProblem();
        calendar.MapPost("/days", async (ClaimsPrincipal user, SpecialDayRequest request, AddSpecialDays handler, CancellationToken ct) =>
            {
                var added = await handler.HandleAsync(user.Caller(), request, ct);
                return TypedResults.Created($"/api/calendar/days?year={added[0].Date.Year}", added);
            })
            .WithName("AddSpecialDays")
            .WithSummary("登记节假日或调休上班日：一天，或 date 至 to 的一段（休只存其中的工作日，班只存其中的周末）；仅省级或全国的系统管理员")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        calendar.MapDelete("/days/{date}", async (ClaimsPrincipal user, DateOnly date, DeleteSpecialDay handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(user.Caller(), date, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSpecialDay")
            .WithSummary("删除误录的节假日或调休上班日；仅省级或全国的系统管理员")
            .ProducesProblem(403).ProducesProblem(404);
    }
}
