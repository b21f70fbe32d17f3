using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>POST /api/ip/cases and PUT …/{id}: a dispute received, then handled and closed (dates in that order).</summary>
public sealed class SaveIpCase(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IpCaseDto> HandleAsync(Caller caller, Guid? id, IpCaseRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Leader, Roles.Staff);
        var row = id is { } existing ? await db.IpCases.FirstOrDefaultAsync(c => c.Id == existing, ct) : null;
        if (id is not null && (row is null || !caller.CanSee(Regions.RegionCode.Parse(row.RegionCode))))
        {
            throw new NotFoundException("未找到该纠纷案件");
        }
        if (row is not null)
        {
            IpAccess.RequireBureauWrite(caller, row.RegionCode);
        }
        var validation = new Validation();
        PatentRules.Case(request, clock.TodayInChina(), validation);
        var county = await IpAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        if (row is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, row, version);
        }
        row ??= db.IpCases.Add(new IpCase { Title = "", Kind = "", Complainant = "", Respondent = "", RegionCode = "" }).Entity;
        row.Title = request.Title!.Trim();
        row.Kind = request.Kind!.Trim();
        row.Complainant = request.Complainant!.Trim();
        row.Respondent = request.Respondent!.Trim();
        row.RegionCode = county.Code;
        row.ReceivedOn = request.ReceivedOn!.Value;
        row.HandledOn = request.HandledOn;
        row.ClosedOn = request.ClosedOn;
        row.Outcome = PatentRules.Blank(request.Outcome);
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return IpCaseDto.From(row);
    }
}
