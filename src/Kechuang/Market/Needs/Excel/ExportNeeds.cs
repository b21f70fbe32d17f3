using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Needs.Excel;

/// <summary>The needs as the list filters them, in the import's columns so the sheet can be edited and imported back.</summary>
public sealed class ExportNeeds(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, ListNeedsQuery query, Stream output, CancellationToken ct = default)
    {
        var needs = await ListNeeds.Filtered(NeedAccess.Listed(db, caller, query.Region), query)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(ct);
        var usccs = new Dictionary<Guid, string?>();
        foreach (var id in needs.Select(n => n.EnterpriseId).Distinct())
        {
            usccs[id] = await EnterpriseLookup.UsccAsync(db, id, ct);
        }
        await ExcelOutput.WriteAsync(output, "企业技术需求", NeedColumns.All,
            needs.Select(n => (IReadOnlyDictionary<string, object?>)NeedColumns.Row(NeedDto.From(n), usccs[n.EnterpriseId])), ct);
    }
}
