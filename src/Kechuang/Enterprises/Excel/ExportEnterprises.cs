using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>
/// The enterprises the caller can see in a region (all visible ones when none is given), as an .xlsx with the
/// import headers, so a bureau can edit the sheet and import it again. Returns how many were written.
/// </summary>
public sealed class ExportEnterprises(KechuangDbContext db)
{
    public async Task<int> HandleAsync(Caller caller, string? regionCode, Stream output, CancellationToken ct = default)
    {
        var enterprises = EnterpriseAccess.Scoped(db, caller, regionCode);
        var list = await enterprises.OrderBy(e => e.RegionCode).ThenBy(e => e.Name).ToListAsync(ct);
        await ExcelOutput.WriteAsync(output, ImportKind.Enterprises.Chinese(), EnterpriseColumns.All, list.Select(EnterpriseColumns.Values), ct);
        return list.Count;
    }
}
