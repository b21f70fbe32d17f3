using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty.Excel;

/// <summary>The patents as the list filters them, in the import's columns so the sheet can be edited and imported back.</summary>
public sealed class ExportPatents(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, ListPatentsQuery query, Stream output, CancellationToken ct = default)
    {
        var patents = await ListPatents.Filtered(IpAccess.Patents(db, caller, query.Region), query)
            .OrderByDescending(p => p.AppliedOn).ThenBy(p => p.Number).ToListAsync(ct);
        var usccs = await EnterpriseLookup.UsccsAsync(db, patents.Select(p => p.EnterpriseId), ct);
        await ExcelOutput.WriteAsync(output, "企业专利", PatentColumns.All,
            patents.Select(p => (IReadOnlyDictionary<string, object?>)PatentColumns.Row(PatentDto.From(p), usccs.GetValueOrDefault(p.EnterpriseId))), ct);
    }
}
