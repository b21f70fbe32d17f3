using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>GET /api/ip/cases: the disputes of the caller's region, newest first; <c>status</c> 已受理/处理中/已结案.</summary>
public sealed class ListIpCases(KechuangDbContext db)
{
    public async Task<Page<IpCaseDto>> HandleAsync(Caller caller, string? regionCode, string? status, string? q, int? pageNumber, int? pageSize, CancellationToken ct = default)
    {
        var (page, size) = Page<IpCaseDto>.Normalize(pageNumber, pageSize);
        var rows = IpAccess.InRegion(db.IpCases.AsNoTracking(), c => c.RegionCode, IpAccess.BureauScope(caller, regionCode), db);
        rows = status?.Trim() switch
        {
            null or "" => rows,
            "已受理" => rows.Where(c => c.HandledOn == null && c.ClosedOn == null),
            "处理中" => rows.Where(c => c.HandledOn != null && c.ClosedOn == null),
            "已结案" => rows.Where(c => c.ClosedOn != null),
            _ => throw new ValidationFailedException("status", "状态应为已受理、处理中或已结案"),
        };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.Anywhere(q.Trim());
            rows = rows.Where(c => EF.Functions.Like(c.Title, pattern, "\\") || EF.Functions.Like(c.Complainant, pattern, "\\") || EF.Functions.Like(c.Respondent, pattern, "\\"));
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(c => c.ReceivedOn).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<IpCaseDto>([.. items.Select(IpCaseDto.From)], total, page, size);
    }
}

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

/// <summary>DELETE /api/ip/cases/{id}: a dispute registered by mistake.</summary>
public sealed class DeleteIpCase(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Leader, Roles.Staff);
        var row = await db.IpCases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (row is null || !caller.CanSee(Regions.RegionCode.Parse(row.RegionCode)))
        {
            throw new NotFoundException("未找到该纠纷案件");
        }
        IpAccess.RequireBureauWrite(caller, row.RegionCode);
        db.IpCases.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}
