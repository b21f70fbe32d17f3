using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Experts.Excel;

/// <summary>The pool as the list filters it, in the import's columns so the sheet can be edited and imported back.</summary>
public sealed class ExportExperts(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, ListExpertsQuery query, Stream output, CancellationToken ct = default)
    {
        var experts = await ListExperts.Filtered(ExpertAccess.Scoped(db, caller, query.RegionCode), query)
            .OrderBy(e => e.RegionCode).ThenBy(e => e.Organisation).ThenBy(e => e.Name)
            .Include(e => e.Relations).AsSplitQuery().ToListAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. experts.Select(e => e.RegionCode).Distinct()]);
        await ExcelOutput.WriteAsync(output, "专家库", ExpertColumns.All,
            experts.Select(e => (IReadOnlyDictionary<string, object?>)ExpertColumns.Row(ExpertDto.From(e, c => regions(c)?.Name))), ct);
    }
}
