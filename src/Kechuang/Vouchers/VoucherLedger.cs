using System.Globalization;
using Kechuang.Data;
using Kechuang.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>What the voucher use cases share: numbering, the balance history's lines, the list's rows.</summary>
internal static class VoucherLedger
{
    /// <summary>The next 券号s of a county and year: CXQ-330326-2025-0001, …</summary>
    public static async Task<Func<string>> NumbersAsync(KechuangDbContext db, string region, int year, CancellationToken ct)
    {
        var prefix = $"CXQ-{region}-{year.ToString(CultureInfo.InvariantCulture)}-";
        var taken = await db.Vouchers.Where(v => v.Number.StartsWith(prefix)).Select(v => v.Number).ToListAsync(ct);
        var next = taken.Select(n => int.TryParse(n[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0)
            .DefaultIfEmpty(0).Max();
        return () => prefix + (++next).ToString("D4", CultureInfo.InvariantCulture);
    }

    public static void Issued(KechuangDbContext db, Voucher voucher, DateOnly on, string note, DateTimeOffset now) =>
        db.VoucherEntries.Add(new VoucherEntry
        {
            VoucherId = voucher.Id, On = on, Kind = VoucherWords.Issue, Change = voucher.Amount, BalanceAfter = voucher.Balance, Note = note, CreatedAt = now,
        });

    public static async Task<List<VoucherDto>> DtosAsync(KechuangDbContext db, IReadOnlyList<Voucher> list, DateOnly today, CancellationToken ct)
    {
        var names = await EnterpriseLookup.NamesAsync(db, list.Select(v => v.EnterpriseId), ct);
        var programmeIds = list.Select(v => v.ProgrammeId).OfType<Guid>().Distinct().ToList();
        var programmes = await db.VoucherProgrammes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return [.. list.Select(v => Dto(v, names.GetValueOrDefault(v.EnterpriseId), v.ProgrammeId is { } p ? programmes.GetValueOrDefault(p) : null, today))];
    }

    public static VoucherDto Dto(Voucher v, string? enterprise, string? programme, DateOnly today) =>
        new(v.Id, v.Number, v.ProgrammeId, programme, v.EnterpriseId, enterprise, v.RegionCode, v.Amount, v.Balance,
            v.Status is VoucherWords.Active or VoucherWords.Cancelled ? v.Amount - v.Balance : 0m,
            v.IssuedOn, v.ValidUntil, v.Status, v.Source, v.Note, today > v.ValidUntil, v.Version);
}
