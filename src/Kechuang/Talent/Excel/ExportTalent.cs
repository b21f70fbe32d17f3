using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
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
