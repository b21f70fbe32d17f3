using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>
/// POST /api/voucher-programmes/{id}/issue-techsme: 免申即享 — every enterprise of the programme's county with a
/// 科技型中小企业 title valid today (科技型中小企业评价办法, docs/domain.md §4.2) receives the programme's automatic
/// amount, once per programme; stops before the programme's total would be exceeded, naming whom it skipped.
/// </summary>
public sealed class IssueToTechSmes(KechuangDbContext db, TimeProvider clock)
{
    public async Task<AutoIssueResult> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        VoucherAccess.RequireWriter(caller);
        var programme = await VoucherAccess.LoadProgrammeAsync(db, caller, id, ct);
        if (programme.AutoAmount is not { } amount)
        {
            throw new ValidationFailedException("autoAmount", $"专项“{programme.Name}”未设置免申即享面额");
        }
        var today = clock.TodayInChina();
        if (today > programme.ValidUntil)
        {
            throw new ConflictException($"专项“{programme.Name}”已于{Zh.Date(programme.ValidUntil)}结束");
        }
        var holders = await EnterpriseLookup.HoldersAsync(db, RegionCode.Parse(programme.RegionCode), QualificationType.TechSme, today, ct);
        var held = (await db.Vouchers.Where(v => v.ProgrammeId == id && v.Status != VoucherWords.Refused).Select(v => new { v.EnterpriseId, v.Amount }).ToListAsync(ct));
        var holding = held.Select(h => h.EnterpriseId).ToHashSet();
        var room = programme.Total - held.Sum(h => h.Amount);
        var now = clock.GetUtcNow();
        var number = await VoucherLedger.NumbersAsync(db, programme.RegionCode, today.Year, ct);
        var issued = 0;
        var skipped = new List<string>();
        var names = await EnterpriseLookup.NamesAsync(db, holders.Select(h => h.Id), ct);
        foreach (var (enterprise, region) in holders.OrderBy(h => names.GetValueOrDefault(h.Id), StringComparer.Ordinal))
        {
            if (holding.Contains(enterprise))
            {
                continue;
            }
            if (room < amount)
            {
                skipped.Add(names.GetValueOrDefault(enterprise) ?? enterprise.ToString());
                continue;
            }
            var voucher = new Voucher
            {
                Number = number(), ProgrammeId = id, EnterpriseId = enterprise, RegionCode = region, Amount = amount, Balance = amount,
                IssuedOn = today, ValidUntil = programme.ValidUntil, Status = VoucherWords.Active, Source = VoucherWords.Auto,
                DecidedBy = caller.UserName, CreatedAt = now, UpdatedAt = now,
            };
            db.Vouchers.Add(voucher);
            VoucherLedger.Issued(db, voucher, today, "科技型中小企业免申即享", now);
            room -= amount;
            issued++;
        }
        await db.SaveChangesAsync(ct);
        return new AutoIssueResult(issued, holders.Count(h => holding.Contains(h.Id)), issued * amount, skipped);
    }
}
