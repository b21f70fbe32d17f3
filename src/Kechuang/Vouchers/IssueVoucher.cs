using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>
/// POST /api/vouchers (docs/domain.md §7.4): staff issue a voucher to an enterprise of their region (有效 at once); an
/// enterprise user applies for its own enterprise (待审核 with a balance of 0 until the bureau approves). Without a
/// programme the voucher covers <see cref="VoucherRules.DefaultShare"/> of a service and no yearly cap applies; under
/// one, the programme's total bounds what is issued and its yearly limit bounds one voucher.
/// </summary>
public sealed class IssueVoucher(KechuangDbContext db, TimeProvider clock)
{
    public async Task<VoucherDto> HandleAsync(Caller caller, VoucherRequest request, CancellationToken ct = default)
    {
        VoucherAccess.RequireReader(caller);
        var bureau = caller.IsIn(Roles.Admin) || caller.IsIn(Roles.Staff);
        if (!bureau && !caller.IsIn(Roles.Enterprise))
        {
            throw new ForbiddenException("局领导只能查看创新券，不能发放");
        }
        var today = clock.TodayInChina();
        var v = new Validation();
        var enterpriseId = request.EnterpriseId ?? (bureau ? null : caller.EnterpriseId);
        string? region = null;
        if (enterpriseId is not { } eid)
        {
            v.Add("enterpriseId", "请选择用券企业");
        }
        else if (!bureau && eid != caller.EnterpriseId)
        {
            throw new ForbiddenException("企业用户只能为本企业申请创新券");
        }
        else
        {
            // Unknown or outside the caller's region: 404 with the same words, so ids cannot be probed (as Market's needs).
            region = await EnterpriseReference.CheckIdAsync(db, caller, eid, null, "enterpriseId", new Validation(), ct)
                ?? throw new NotFoundException("未找到该企业，或不在本辖区");
        }
        VoucherRules.Money(request.Amount, "amount", "创新券面额", VoucherRules.MaxVoucher, v);
        if (request.ValidUntil is not { } until)
        {
            v.Add("validUntil", "请填写有效期截止日");
        }
        else if (until.Year < 2000 || until > today.AddYears(5))
        {
            v.Add("validUntil", "有效期截止日应在2000年以后、5年以内");
        }
        if (request.Note?.Trim().Length > 200)
        {
            v.Add("note", "备注不能超过200个字");
        }
        VoucherProgramme? programme = null;
        if (request.ProgrammeId is { } pid)
        {
            programme = await db.VoucherProgrammes.FirstOrDefaultAsync(p => p.Id == pid, ct);
            if (programme is null || region is null || programme.RegionCode != region)
            {
                v.Add("programmeId", "创新券专项不存在，或不是该企业所在县（市、区）的专项");
                programme = null;
            }
            else if (request.Amount > programme.PerEnterpriseLimit)
            {
                v.Add("amount", $"面额超过专项“{programme.Name}”每家企业年度上限{Zh.Wan(programme.PerEnterpriseLimit)}");
            }
            else if (request.ValidUntil > programme.ValidUntil)
            {
                v.Add("validUntil", $"有效期不能晚于专项有效期（{Zh.Date(programme.ValidUntil)}）");
            }
        }
        v.ThrowIfAny();
        if (programme is not null)
        {
            var issued = (await db.Vouchers.Where(x => x.ProgrammeId == programme.Id && x.Status != VoucherWords.Refused)
                .Select(x => x.Amount).ToListAsync(ct)).Sum();
            if (issued + request.Amount!.Value > programme.Total)
            {
                throw new ConflictException($"专项“{programme.Name}”总额{Zh.Wan(programme.Total)}，已发放{Zh.Wan(issued)}，剩余额度不足{Zh.Wan(request.Amount.Value)}");
            }
        }
        var now = clock.GetUtcNow();
        if (programme is not null)
        {
            // Two issues at once would each see the other's room under the total: the version bump makes the second fail (409).
            programme.UpdatedAt = now;
            // Marked changed even when the clock reads the same instant as the last save: the version must move.
            db.Entry(programme).Property(p => p.UpdatedAt).IsModified = true;
        }
        var number = await VoucherLedger.NumbersAsync(db, region!, today.Year, ct);
        var voucher = new Voucher
        {
            Number = number(),
            ProgrammeId = programme?.Id,
            EnterpriseId = enterpriseId!.Value,
            RegionCode = region!,
            Amount = request.Amount!.Value,
            Balance = bureau ? request.Amount.Value : 0m,
            IssuedOn = bureau ? today : null,
            ValidUntil = request.ValidUntil!.Value,
            Status = bureau ? VoucherWords.Active : VoucherWords.Pending,
            Source = bureau ? VoucherWords.Direct : VoucherWords.Applied,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            DecidedBy = bureau ? caller.UserName : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Vouchers.Add(voucher);
        if (bureau)
        {
            VoucherLedger.Issued(db, voucher, today, $"{caller.UserName}直接发放", now);
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another issue in the county may have taken the same 券号 a moment ago (the unique index): take the next one.
                if (!await db.Vouchers.AsNoTracking().AnyAsync(x => x.Number == voucher.Number, ct))
                {
                    throw;
                }
                voucher.Number = (await VoucherLedger.NumbersAsync(db, region!, today.Year, ct))();
            }
        }
        return (await VoucherLedger.DtosAsync(db, [voucher], today, ct))[0];
    }
}
