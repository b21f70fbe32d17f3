using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty.Excel;

/// <summary>
/// Imports the patent office's list of the region's patents (docs/domain.md §7.8) with the form's checks: each number's
/// check digit and type, the dates, the enterprise (by 统一社会信用代码, else by exact name, in the caller's region). A
/// number already registered in the caller's region is updated from the row (its status and dates move on); one held
/// elsewhere is an error. All or nothing unless asked otherwise (ADR 0007).
/// </summary>
public sealed class ImportPatents(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    private sealed record Good(PatentRequest Request, string Number, string Kind, string Status, string Applicant, string County, Patent? Stored);

    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var sheet = ExcelSheet.Read(xlsx, PatentColumns.All, limits.Registers, progress, ct);
        var today = clock.TodayInChina();
        var byUscc = await EnterpriseLookup.ByUsccAsync(db, sheet.Rows.Select(r => new RowCells(sheet, r).Text("uscc")), ct);
        var byName = await EnterpriseLookup.ByNameAsync(db, sheet.Rows.Select(r => new RowCells(sheet, r).Text("applicant")), ct);
        var numbers = sheet.Rows.Select(r => PatentNumber.Parse(new RowCells(sheet, r).Text("number")).Number?.Application).OfType<string>().Distinct().ToArray();
        var stored = await db.Patents.AsNoTracking().Where(p => EF.Parameter(numbers).Contains(p.Number)).ToDictionaryAsync(p => p.Number, ct);
        var names = await EnterpriseLookup.NamesAsync(db, [.. byUscc.Values.Select(e => e.Id), .. byName.SelectMany(g => g).Select(e => e.Id)], ct);
        var errors = new List<ImportError>();
        var good = new List<Good>();
        var seen = new Dictionary<string, int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var enterprise = EnterpriseRows.Find(cells, caller, "uscc", "applicant", "请填写申请人（专利权人）", byUscc, byName);
            var request = new PatentRequest(enterprise?.Id, cells.Text("number"), cells.Text("kind"), cells.Date("appliedOn"), cells.Date("grantedOn"),
                cells.Text("title"), cells.Text("status"), cells.Date("lapsedOn"));
            var validation = new Validation();
            var (number, kind, status) = PatentRules.Check(request, today, validation);
            cells.Add(validation);
            Patent? existing = null;
            if (cells.Ok && enterprise is not null)
            {
                if (!seen.TryAdd(number!, row.Number))
                {
                    cells.Add("number", $"与第 {seen[number!]} 行是同一件专利（申请号 {number}）");
                }
                else if (stored.TryGetValue(number!, out var found))
                {
                    if (!caller.Region.Covers(found.RegionCode))
                    {
                        cells.Add("number", $"申请号 {number} 的专利已由辖区外的企业登记");
                    }
                    existing = found;
                }
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok && enterprise is { } e)
            {
                good.Add(new Good(request, number!, kind!, status!, names.GetValueOrDefault(e.Id, cells.Text("applicant")!.Trim()), e.RegionCode, existing));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        return await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            if (item.Stored is { } patent)
            {
                var entry = db.Patents.Attach(patent);
                SavePatent.Apply(patent, item.Request, item.Number, item.Kind, item.Status, item.Applicant, item.County, patent.UpdatedAt);
                return ImportRun.Compare(entry, () => patent.UpdatedAt = now);
            }
            var created = new Patent { Applicant = "", RegionCode = "", Number = "", Kind = "", Status = "", CreatedAt = now };
            db.Patents.Add(created);
            SavePatent.Apply(created, item.Request, item.Number, item.Kind, item.Status, item.Applicant, item.County, now);
            return RowOutcome.Created;
        }, progress, ct);
    }
}
