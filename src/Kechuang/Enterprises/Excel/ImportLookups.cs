using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>An enterprise of the register, as stored, and whether the importing user may see it.</summary>
internal sealed record KnownEnterprise(Enterprise Enterprise, bool Visible);

/// <summary>What an import looks up, loaded once per file rather than once per row.</summary>
internal static class ImportLookups
{
    /// <summary>The stored enterprises with these codes, keyed by code.</summary>
    public static async Task<Dictionary<string, KnownEnterprise>> EnterprisesAsync(
        KechuangDbContext db, Caller caller, IEnumerable<string?> usccs, CancellationToken ct)
    {
        // One parameter holding the whole list (a JSON array on SQLite, an array on PostgreSQL), whatever its size.
        var wanted = usccs.OfType<string>().Distinct().ToArray();
        var stored = await db.Enterprises.AsNoTracking().Where(e => EF.Parameter(wanted).Contains(e.Uscc)).ToListAsync(ct);
        var visible = (await db.Enterprises.VisibleTo(caller).Where(e => EF.Parameter(wanted).Contains(e.Uscc))
            .Select(e => e.Id).ToListAsync(ct)).ToHashSet();
        return stored.ToDictionary(e => e.Uscc, e => new KnownEnterprise(e, visible.Contains(e.Id)));
    }

    /// <summary>The valid, normalised code in a cell, or null.</summary>
    public static string? Uscc(string? text) => Enterprises.Uscc.TryParse(text, out var uscc) ? uscc.Value : null;

    /// <summary>Checks the code a facts or title row names: valid, in the register and visible to the caller.</summary>
    public static KnownEnterprise? Enterprise(RowCells cells, IReadOnlyDictionary<string, KnownEnterprise> register)
    {
        var text = cells.Text("uscc");
        if (string.IsNullOrWhiteSpace(text))
        {
            cells.Add("uscc", "请填写统一社会信用代码");
            return null;
        }
        if (Enterprises.Uscc.Problem(text) is { } problem)
        {
            cells.Add("uscc", problem);
            return null;
        }
        // Another region's enterprise reads as unknown, as in the API, so codes cannot be probed.
        if (register.GetValueOrDefault(Uscc(text)!) is not { Visible: true } known)
        {
            cells.Add("uscc", "本辖区企业库中没有该统一社会信用代码的企业，请先导入或登记该企业");
            return null;
        }
        return known;
    }
}
