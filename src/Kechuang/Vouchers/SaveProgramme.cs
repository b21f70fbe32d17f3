using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>POST /api/voucher-programmes and PUT …/{id}: a county's 创新券专项 (docs/domain.md §7.4).</summary>
public sealed class SaveProgramme(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ProgrammeDto> HandleAsync(Caller caller, Guid? id, ProgrammeRequest request, CancellationToken ct = default)
    {
        VoucherAccess.RequireWriter(caller);
        var existing = id is { } key ? await VoucherAccess.LoadProgrammeAsync(db, caller, key, ct) : null;
        var v = new Validation();
        VoucherRules.Check(request, v);
        v.ThrowIfAny();
        var county = await VoucherAccess.CountyAsync(db, caller, request.RegionCode ?? existing?.RegionCode, v, ct);
        if (existing is not null)
        {
            VersioningInterceptor.ExpectVersion(db, existing, request.Version ?? -1);
            var issued = (await db.Vouchers.Where(x => x.ProgrammeId == existing.Id && x.Status != VoucherWords.Refused)
                .Select(x => x.Amount).ToListAsync(ct)).Sum();
            if (request.Total < issued)
            {
                throw new ValidationFailedException("total", $"已发放创新券{Zh.Wan(issued)}，专项总额不能低于此数");
            }
        }
        var now = clock.GetUtcNow();
        var programme = existing ?? new VoucherProgramme { Name = "", RegionCode = county.Code, CreatedAt = now };
        programme.Name = request.Name!.Trim();
        programme.RegionCode = county.Code;
        programme.Year = request.Year!.Value;
        programme.Total = request.Total!.Value;
        programme.PerEnterpriseLimit = request.PerEnterpriseLimit!.Value;
        programme.Share = request.Share ?? VoucherRules.DefaultShare;
        programme.ValidFrom = request.ValidFrom!.Value;
        programme.ValidUntil = request.ValidUntil!.Value;
        programme.AutoAmount = request.AutoAmount;
        programme.UpdatedAt = now;
        if (existing is null)
        {
            db.VoucherProgrammes.Add(programme);
        }
        await db.SaveChangesAsync(ct);
        return (await ListProgrammes.DtosAsync(db, [programme], ct))[0];
    }
}
