using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent.Excel;

/// <summary>The foreign experts as the list filters them.</summary>
public sealed class ExportForeignExperts(KechuangDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Caller caller, ListExpertsQuery query, Stream output, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var rows = await ListForeignExperts.Filtered(db, caller, query, today).OrderBy(e => e.ValidTo).ThenBy(e => e.Id).ToListAsync(ct);
        await ExcelOutput.WriteAsync(output, "外国专家", TalentColumns.Experts, rows.Select(e => (IReadOnlyDictionary<string, object?>)TalentColumns.Row(ExpertDto.From(e, today))), ct);
    }
}
