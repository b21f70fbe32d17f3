using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>
/// POST /api/vouchers/{id}/redemptions (docs/domain.md §7.4): a provider's service paid in part by the voucher. Covered =
/// min(share × contract amount, balance, the enterprise's yearly cap remaining), to the fen half up. Refused: an expired
/// or inactive voucher (400/409), a provider not approved or related to the enterprise (409), an invoice already used
/// (409). The voucher's version guards its balance: of two redemptions at once, the second answers 409.
/// </summary>
public sealed class Redeem(KechuangDbContext db, TimeProvider clock)
{
    public async Task<RedemptionResult> HandleAsync(Caller caller, Guid id, RedemptionRequest request, CancellationToken ct = default)
    {
        VoucherAccess.RequireReader(caller);
        VoucherAccess.RequireWriter(caller);
        var voucher = await VoucherAccess.LoadAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var v = new Validation();
        if (request.ProviderId is null)
        {
            v.Add("providerId", "请选择服务机构");
        }
        VoucherRules.Money(request.ContractAmount, "contractAmount", "服务合同金额", VoucherRules.MaxContract, v);
        VoucherRules.Text(request.InvoiceNo, "invoiceNo", "发票号码", VoucherRules.MaxInvoice, v);
        if (request.ServedOn is not { } served)
        {
            v.Add("servedOn", "请填写服务日期");
        }
        else if (served > today)
        {
            v.Add("servedOn", $"服务日期不能晚于今天（{Zh.Date(today)}）");
        }
        v.ThrowIfAny();
        if (voucher.Status != VoucherWords.Active)
        {
            throw new ConflictException($"创新券{voucher.Number}的状态为“{voucher.Status}”，不能兑现");
        }
        if (today > voucher.ValidUntil || request.ServedOn > voucher.ValidUntil)
        {
            throw new ValidationFailedException("voucher", $"创新券{voucher.Number}已于{Zh.Date(voucher.ValidUntil)}到期，不能兑现");
        }
        var provider = await VoucherAccess.Providers(db, caller.Region).AsNoTracking().Include(p => p.Relations).Include(p => p.Services)
            .FirstOrDefaultAsync(p => p.Id == request.ProviderId, ct)
            ?? throw new ValidationFailedException("providerId", "服务机构不存在，或不在本辖区登记");
        if (!provider.Approved)
        {
            throw new ConflictException($"服务机构“{provider.Name}”尚未经科技局核准，不能承接创新券服务");
        }
        var enterpriseUscc = await EnterpriseLookup.UsccAsync(db, voucher.EnterpriseId, ct);
        if (string.Equals(enterpriseUscc, provider.Uscc, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConflictException($"服务机构“{provider.Name}”与用券企业为同一单位（统一社会信用代码相同），不能兑现");
        }
        if (provider.Relations.FirstOrDefault(r => r.EnterpriseId == voucher.EnterpriseId) is { } relation)
        {
            throw new ConflictException($"服务机构“{provider.Name}”与用券企业存在关联关系（{relation.Kind}），不能兑现");
        }
        if (request.ServiceId is { } serviceId && provider.Services.All(s => s.Id != serviceId))
        {
            throw new ValidationFailedException("serviceId", $"服务机构“{provider.Name}”没有登记该服务项目");
        }
        var invoice = request.InvoiceNo!.Trim().ToUpperInvariant();
        if (await UsedAsync(invoice, ct) is { } used)
        {
            throw new ConflictException(used);
        }

        var share = VoucherRules.DefaultShare;
        decimal? yearlyRemaining = null;
        var now = clock.GetUtcNow();
        if (voucher.ProgrammeId is { } programmeId && await db.VoucherProgrammes.FirstOrDefaultAsync(p => p.Id == programmeId, ct) is { } programme)
        {
            // The yearly cap spans the enterprise's vouchers: two redemptions on two vouchers at once would each see the
            // other's room. Touching the programme bumps its version, so the second save fails with 409 (try again) rather
            // than both passing the cap.
            programme.UpdatedAt = now;
            // Marked changed even when the clock reads the same instant as the last save: the version must move.
            db.Entry(programme).Property(p => p.UpdatedAt).IsModified = true;
            share = programme.Share;
            var year = request.ServedOn!.Value.Year;
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var sameProgramme = db.Vouchers.Where(x => x.ProgrammeId == programmeId && x.EnterpriseId == voucher.EnterpriseId).Select(x => x.Id);
            // Summed in memory: SQLite cannot SUM money stored as fen (ADR 0006).
            var redeemed = (await db.VoucherRedemptions.Where(r => sameProgramme.Contains(r.VoucherId) && r.ServedOn >= from && r.ServedOn <= to)
                .Select(r => r.Covered).ToListAsync(ct)).Sum();
            yearlyRemaining = programme.PerEnterpriseLimit - redeemed;
        }
        var (covered, basis) = VoucherRules.Cover(request.ContractAmount!.Value, share, voucher.Balance, yearlyRemaining);
        if (covered <= 0)
        {
            throw new ConflictException(voucher.Balance <= 0
                ? $"创新券{voucher.Number}余额为0，不能兑现"
                : $"该企业{request.ServedOn!.Value.Year}年在本专项的兑现额度已用完");
        }
        var redemption = new VoucherRedemption
        {
            VoucherId = voucher.Id,
            ProviderId = provider.Id,
            EnterpriseId = voucher.EnterpriseId,
            ServiceId = request.ServiceId,
            RegionCode = voucher.RegionCode,
            ContractAmount = request.ContractAmount.Value,
            Covered = covered,
            InvoiceNo = invoice,
            ServedOn = request.ServedOn!.Value,
            Basis = basis,
            RecordedBy = caller.UserName,
            CreatedAt = now,
        };
        voucher.Balance -= covered;
        voucher.UpdatedAt = now;    // bumps the version: a concurrent redemption of the same voucher fails with 409
        db.VoucherRedemptions.Add(redemption);
        db.VoucherEntries.Add(new VoucherEntry
        {
            VoucherId = voucher.Id, On = redemption.ServedOn, Kind = VoucherWords.Redeem, Change = -covered, BalanceAfter = voucher.Balance,
            RedemptionId = redemption.Id, Note = $"{provider.Name}，发票{invoice}，{basis}", CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The unique index on the invoice number caught a concurrent redemption of the same invoice.
            db.ChangeTracker.Clear();
            throw await UsedAsync(invoice, ct) is { } again ? new ConflictException(again) : e;
        }
        return new RedemptionResult(redemption.Id, covered, voucher.Balance, redemption.ContractAmount, basis,
            yearlyRemaining is { } room ? room - covered : null);
    }

    private async Task<string?> UsedAsync(string invoice, CancellationToken ct)
    {
        var used = await db.VoucherRedemptions.AsNoTracking().Where(r => r.InvoiceNo == invoice)
            .Join(db.Vouchers, r => r.VoucherId, x => x.Id, (r, x) => x.Number).FirstOrDefaultAsync(ct);
        return used is null ? null : $"发票号码{invoice}已用于兑现创新券{used}，同一张发票不能重复兑现";
    }
}
