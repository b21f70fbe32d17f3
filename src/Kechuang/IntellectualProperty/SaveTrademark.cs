using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>POST /api/ip/trademarks and PUT …/{id}: a trademark of a county of the caller's region; one row per 注册号 (409).</summary>
public sealed class SaveTrademark(KechuangDbContext db, TimeProvider clock)
{
    public async Task<TrademarkDto> HandleAsync(Caller caller, Guid? id, TrademarkRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Leader, Roles.Staff);
        var mark = id is { } existing ? await db.Trademarks.FirstOrDefaultAsync(t => t.Id == existing, ct) : null;
        if (id is not null && (mark is null || !caller.CanSee(Regions.RegionCode.Parse(mark.RegionCode))))
        {
            throw new NotFoundException("未找到该商标");
        }
        if (mark is not null)
        {
            IpAccess.RequireBureauWrite(caller, mark.RegionCode);
        }
        var validation = new Validation();
        PatentRules.Trademark(request, clock.TodayInChina(), validation);
        var county = await IpAccess.CountyAsync(db, caller, request.RegionCode, validation, ct);
        var number = request.RegistrationNumber!.Trim();
        if (await db.Trademarks.AnyAsync(t => t.RegistrationNumber == number && t.Id != (id ?? Guid.Empty), ct))
        {
            throw new ConflictException($"注册号 {number} 的商标已登记，请勿重复登记");
        }
        if (mark is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, mark, version);
        }
        mark ??= db.Trademarks.Add(new Trademark { Name = "", RegistrationNumber = "", Holder = "", RegionCode = "", Kind = "" }).Entity;
        mark.Name = request.Name!.Trim();
        mark.RegistrationNumber = number;
        mark.Holder = request.Holder!.Trim();
        mark.RegionCode = county.Code;
        mark.Kind = request.Kind!.Trim();
        mark.Classes = PatentRules.Blank(request.Classes);
        mark.RegisteredOn = request.RegisteredOn!.Value;
        mark.ExpiresOn = request.ExpiresOn;
        mark.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TrademarkDto.From(mark);
    }
}
