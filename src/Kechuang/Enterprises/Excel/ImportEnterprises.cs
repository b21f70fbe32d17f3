using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;

using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>
/// Adds or updates enterprises from a sheet, matched by USCC, with the same checks as the form. A row may only
/// touch an enterprise the user can see and place it inside the user's region.
/// </summary>
public sealed class ImportEnterprises(KechuangDbContext db, TimeProvider clock, UploadLimits limits) : IExcelImport
{
    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureauEdit(caller);
        var sheet = ExcelSheet.Read(xlsx, EnterpriseColumns.All, limits.Enterprises, progress, ct);
        var today = clock.TodayInChina();
        var regions = await RegionLookup.AllAsync(db, ct);
        var register = await ImportLookups.EnterprisesAsync(
            db, caller, sheet.Rows.Select(r => ImportLookups.Uscc(sheet.Text(r, "uscc"))), ct);

        var errors = new List<ImportError>();
        var good = new List<(Enterprise? Stored, EnterpriseRequest Request)>();
        var firstRow = new Dictionary<string, int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var uscc = ImportLookups.Uscc(cells.Text("uscc"));
            var known = uscc is null ? null : register.GetValueOrDefault(uscc);
            var request = Request(cells, known?.Enterprise);
            var validation = new Validation();
            EnterpriseRules.Check(request, regions, today, validation);
            cells.Add(validation);
            if (known is { Visible: false })
            {
                cells.Add("uscc", "该统一社会信用代码已登记在其他辖区的企业名下，当前账号不能修改");
            }
            else if (!cells.HasError("regionCode") && RegionCode.TryParse(request.RegionCode, out var region) && !caller.CanSee(region))
            {
                cells.Add("regionCode", $"当前账号只能导入本辖区（{caller.Region}）的企业");
            }
            if (uscc is not null && !firstRow.TryAdd(uscc, row.Number))
            {
                cells.Add("uscc", $"与第 {firstRow[uscc]} 行的统一社会信用代码重复");
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add((known?.Enterprise, request));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        var report = await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            if (item.Stored is not { } stored)
            {
                var created = new Enterprise { Name = "", Uscc = "", RegionCode = "", CreatedAt = now, UpdatedAt = now };
                EnterpriseRules.Apply(item.Request, created);
                db.Enterprises.Add(created);
                return RowOutcome.Created;
            }
            db.Enterprises.Attach(stored);
            EnterpriseRules.Apply(item.Request, stored);
            return ImportRun.Compare(db.Entry(stored), () => stored.UpdatedAt = now);
        }, progress, ct, new EnterpriseBulkLoad(db, good.Count(g => g.Stored is null)));
        // The imported names into SQLite's search index in one go, rather than at the next search (ADR 0009).
        await NameGrams.CatchUpAsync(db, wait: true, ct);
        return report;
    }

    /// <summary>The row as a form request; a column missing from the file keeps the stored value.</summary>
    private static EnterpriseRequest Request(RowCells cells, Enterprise? stored) => new(
        cells.Text("name", stored?.Name),
        cells.Text("uscc"),
        cells.Text("regionCode", stored?.RegionCode),
        cells.Text("townCode", stored?.TownCode),
        cells.Text("address", stored?.Address),
        cells.Text("industryCode", stored?.IndustryCode),
        cells.Date("foundedOn", stored?.FoundedOn),
        cells.YesNo("aboveScale", stored?.AboveScale) ?? false,
        cells.Text("technologyField", stored?.TechnologyField),
        cells.Text("contactName", stored?.ContactName),
        cells.Text("contactPhone", stored?.ContactPhone),
        cells.Text("contactEmail", stored?.ContactEmail));
}
