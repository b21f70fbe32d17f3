using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent.Excel;

/// <summary>The recruits as the list filters them, in the import's columns so the sheet can be edited and imported back.</summary>
public sealed class ExportRecruits(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, ListRecruitsQuery query, Stream output, CancellationToken ct = default)
    {
        var rows = await ListRecruits.Filtered(TalentAccess.Recruits(db, caller, query.Region), query)
            .OrderByDescending(r => r.RecruitedOn).ThenBy(r => r.Id).ToListAsync(ct);
        var usccs = await EnterpriseLookup.UsccsAsync(db, rows.Select(r => r.EnterpriseId).Distinct(), ct);
        await ExcelOutput.WriteAsync(output, "人才招引", TalentColumns.Recruits,
            rows.Select(r => (IReadOnlyDictionary<string, object?>)TalentColumns.Row(RecruitDto.From(r), usccs.GetValueOrDefault(r.EnterpriseId))), ct);
    }
}
