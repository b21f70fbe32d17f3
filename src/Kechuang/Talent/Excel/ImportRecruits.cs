using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;

namespace Kechuang.Talent.Excel;

/// <summary>
/// Imports the recruited postgraduates and postdocs of the region's enterprises (docs/domain.md §7.7) with the form's
/// checks; the enterprise by 统一社会信用代码, else by exact name in the caller's region. Every row is a new record. All
/// or nothing unless asked otherwise (ADR 0007).
/// </summary>
public sealed class ImportRecruits(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    private sealed record Good(RecruitRequest Request, string Employer, string County);

    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var sheet = ExcelSheet.Read(xlsx, TalentColumns.Recruits, limits.Registers, progress, ct);
        var today = clock.TodayInChina();
        var byUscc = await EnterpriseLookup.ByUsccAsync(db, sheet.Rows.Select(r => new RowCells(sheet, r).Text("uscc")), ct);
        var byName = await EnterpriseLookup.ByNameAsync(db, sheet.Rows.Select(r => new RowCells(sheet, r).Text("employer")), ct);
        var names = await EnterpriseLookup.NamesAsync(db, [.. byUscc.Values.Select(e => e.Id), .. byName.SelectMany(g => g).Select(e => e.Id)], ct);
        var errors = new List<ImportError>();
        var good = new List<Good>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var enterprise = EnterpriseRows.Find(cells, caller, "uscc", "employer", "请填写企业名称", byUscc, byName);
            var request = new RecruitRequest(enterprise?.Id, cells.Text("personName"), cells.Text("degree"), cells.Text("school"), cells.Date("recruitedOn"), cells.Text("major"));
            var validation = new Validation();
            TalentRules.Recruit(request, today, validation);
            cells.Add(validation);
            errors.AddRange(cells.Errors);
            if (cells.Ok && enterprise is { } e)
            {
                good.Add(new Good(request, names.GetValueOrDefault(e.Id, cells.Text("employer")!.Trim()), e.RegionCode));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }
        var now = clock.GetUtcNow();
        return await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            var created = new TalentRecruit { Employer = "", RegionCode = "", PersonName = "", Degree = "", School = "" };
            db.TalentRecruits.Add(created);
            SaveRecruit.Apply(created, item.Request, item.Employer, item.County, now);
            return RowOutcome.Created;
        }, progress, ct);
    }
}
