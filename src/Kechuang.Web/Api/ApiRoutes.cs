using System.Security.Claims;
using Kechuang.Common;
using Kechuang.Users;

namespace Kechuang.Web.Api;

public static class ApiRoutes
{
    /// <summary>Everything under /api needs a signed-in caller, except POST /api/auth/token.</summary>
    public static void MapKechuangApi(this IEndpointRouteBuilder app)
    {
        // 401: no token, an expired one, or (POST /api/auth/token) a wrong password.
        var api = app.MapGroup("/api").RequireAuthorization().ProducesProblem(401);
        api.MapAuthEndpoints();
        api.MapRegionEndpoints();
        api.MapUserEndpoints();
        api.MapAuditEndpoints();
        api.MapEnterpriseEndpoints();
        api.MapEnterpriseExcelEndpoints();
        api.MapCultivationEndpoints();
        api.MapIndicatorEndpoints();
        api.MapContractEndpoints();
        api.MapIncubatorEndpoints();
        api.MapPlatformEndpoints();
        api.MapCommissionerEndpoints();
        api.MapExpertEndpoints();
        api.MapMarketEndpoints();
        api.MapProjectCallEndpoints();
        api.MapProjectApplicationEndpoints();
        api.MapProjectReviewEndpoints();
        api.MapProjectExecutionEndpoints();
        api.MapSeismicEndpoints();
        api.MapOutreachEndpoints();
        api.MapVisitEndpoints();
        api.MapPatentEndpoints();
        api.MapPolicyEndpoints();
        api.MapTalentEndpoints();
        api.MapVoucherEndpoints();
        api.MapFinanceEndpoints();
        api.MapCalendarEndpoints();
        api.MapNoticeEndpoints();
        api.MapMessageEndpoints();
        api.MapReportEndpoints();
        api.MapHallEndpoints();
    }

    /// <summary>The caller of this request; the API only runs for authenticated principals made by Kechuang.</summary>
    public static Caller Caller(this ClaimsPrincipal principal) =>
        Users.Caller.From(principal) ?? throw new ForbiddenException("登录信息不完整，请重新登录");
}
