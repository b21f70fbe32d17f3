using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent.Excel;

/// <summary>The awards as the list filters them, with the person's data: the bureau only.</summary>
public sealed class ExportAwards(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, ListTalentAwardsQuery query, Stream output, CancellationToken ct = default)
    {
        var rows = await (await ListTalentAwards.FilteredAsync(db, caller, query, ct)).OrderByDescending(a => a.AppliedOn).ThenBy(a => a.Id).ToListAsync(ct);
        var dtos = await ListTalentAwards.DtosAsync(db, rows, ct);
        await ExcelOutput.WriteAsync(output, "人才计划申报与入选", TalentColumns.Awards, dtos.Select(a => (IReadOnlyDictionary<string, object?>)TalentColumns.Row(a)), ct);
    }
}
