using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>
/// The one rule for a write that names an enterprise of the register (docs/domain.md §1, References to an enterprise;
/// docs/architecture.md §4): the enterprise is the register's, its region is the register's — a region the write
/// states must agree with it — and it lies in the caller's region. Every module checks a reference here, so no write
/// can book another county's enterprise to its own figures.
/// </summary>
public static class EnterpriseReference
{
    /// <summary>
    /// By id (a user's enterprise, a pool entry): 400 on <paramref name="field"/> when there is no such enterprise or
    /// it lies outside the caller's region — the same words for both, so ids cannot be probed — and when it lies
    /// outside <paramref name="within"/> (e.g. the region of the user being linked to it). Returns its county.
    /// </summary>
    public static async Task<string?> CheckIdAsync(KechuangDbContext db, Caller caller, Guid id, RegionCode? within,
        string field, Validation v, CancellationToken ct)
    {
        var region = await db.Enterprises.Where(e => e.Id == id).Select(e => e.RegionCode).FirstOrDefaultAsync(ct);
        if (region is null || !caller.Region.Covers(region))
        {
            v.Add(field, "关联的企业不存在，或不在当前账号的辖区内");
            return null;
        }
        if (within is { } w && !w.Covers(region))
        {
            v.Add(field, $"关联的企业登记在 {region}，不在所填区划（{w}）内");
            return null;
        }
        return region;
    }

    /// <summary>The register's county for each of these codes that belongs to a register enterprise; others are absent.</summary>
    public static async Task<Dictionary<string, string>> RegionsAsync(KechuangDbContext db, IEnumerable<string?> usccs, CancellationToken ct)
    {
        // One parameter holding the whole list (a JSON array on SQLite, an array on PostgreSQL), whatever its size.
        var wanted = usccs.OfType<string>().Select(u => u.Trim().ToUpperInvariant()).Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }
        // Only the two columns: a contract file's batch names thousands of sellers, most of them register enterprises.
        return await db.Enterprises.Where(e => EF.Parameter(wanted).Contains(e.Uscc))
            .Select(e => new { e.Uscc, e.RegionCode })
            .ToDictionaryAsync(e => e.Uscc, e => e.RegionCode, ct);
    }

    /// <summary>
    /// A party named by 统一社会信用代码 whose region the write states (a contract's seller or buyer). A code the
    /// register does not hold passes: such a party (a university, an institute, a buyer elsewhere) is not the
    /// register's. A register enterprise must be stated in its own county, or a region above it; the message, or null.
    /// </summary>
    public static string? Disagreement(IReadOnlyDictionary<string, string> register, string? uscc, string? statedRegion, string party)
    {
        if (string.IsNullOrWhiteSpace(uscc) || !register.TryGetValue(uscc.Trim().ToUpperInvariant(), out var registered))
        {
            return null;
        }
        var stated = statedRegion?.Trim();
        if (string.IsNullOrEmpty(stated) || !RegionCode.TryParse(stated, out var region) || region.Covers(registered))
        {
            return null;   // blank or malformed: the form's own checks speak to it
        }
        return $"{party}统一社会信用代码 {uscc.Trim().ToUpperInvariant()} 的企业在企业库中登记于 {registered}，与所填{party}地区代码 {stated} 不符；区划变更请联系该企业所在地科技局";
    }

    /// <summary><see cref="Disagreement"/> for one write, added to <paramref name="v"/> on <paramref name="regionField"/>.</summary>
    public static async Task CheckPartyAsync(KechuangDbContext db, Validation v, string? uscc, string? statedRegion,
        string regionField, string party, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(uscc))
        {
            return;
        }
        var register = await RegionsAsync(db, [uscc], ct);
        if (Disagreement(register, uscc, statedRegion, party) is { } problem)
        {
            v.Add(regionField, problem);
        }
    }
}
