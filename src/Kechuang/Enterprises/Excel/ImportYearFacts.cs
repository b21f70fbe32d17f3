using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>
/// Records or corrects yearly figures from a sheet, one row per enterprise (by USCC) and year. The enterprise must
/// already be in the register and in the user's region.
/// </summary>
public sealed class ImportYearFacts(KechuangDbContext db, TimeProvider clock, UploadLimits limits) : IExcelImport
{
    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureauEdit(caller);
        var sheet = ExcelSheet.Read(xlsx, YearFactsColumns.All, limits.Enterprises, progress, ct);
        var today = clock.TodayInChina();
        var register = await ImportLookups.EnterprisesAsync(db, caller, sheet.Rows.Select(r => ImportLookups.Uscc(sheet.Text(r, "uscc"))), ct);
        var ids = register.Values.Select(k => k.Enterprise.Id).ToArray();
        var stored = (await db.EnterpriseYears.AsNoTracking().Where(f => EF.Parameter(ids).Contains(f.EnterpriseId)).ToListAsync(ct))
            .ToDictionary(f => (f.EnterpriseId, f.Year));

        var errors = new List<ImportError>();
        var good = new List<(Guid EnterpriseId, int Year, EnterpriseYear? Stored, YearFactsRequest Request)>();
        var firstRow = new Dictionary<(Guid, int), int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var enterprise = ImportLookups.Enterprise(cells, register);
            var year = cells.Int("year");
            if (year is null && !cells.HasError("year"))
            {
                cells.Add("year", "请填写年度，如 2024");
            }
            var existing = enterprise is not null && year is { } y ? stored.GetValueOrDefault((enterprise.Enterprise.Id, y)) : null;
            var request = Request(cells, existing);
            var validation = new Validation();
            YearFactsRules.Check(year ?? today.Year, request, today, validation);
            cells.Add(validation);
            if (enterprise is not null && year is not null && !firstRow.TryAdd((enterprise.Enterprise.Id, year.Value), row.Number))
            {
                cells.Add("year", $"与第 {firstRow[(enterprise.Enterprise.Id, year.Value)]} 行是同一企业的同一年度");
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add((enterprise!.Enterprise.Id, year!.Value, existing, request));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        return await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            if (item.Stored is not { } facts)
            {
                var created = new EnterpriseYear { EnterpriseId = item.EnterpriseId, Year = item.Year, UpdatedAt = now };
                YearFactsRules.Apply(item.Request, created);
                db.EnterpriseYears.Add(created);
                return RowOutcome.Created;
            }
            db.EnterpriseYears.Attach(facts);
            YearFactsRules.Apply(item.Request, facts);
            return ImportRun.Compare(db.Entry(facts), () => facts.UpdatedAt = now);
        }, progress, ct);
    }

    /// <summary>The row as a request; a column missing from the file keeps the stored figure.</summary>
    private static YearFactsRequest Request(RowCells cells, EnterpriseYear? stored) => new(
        cells.Int("staff", stored?.Staff),
        cells.Int("techStaff", stored?.TechStaff),
        cells.Money("salesRevenue", stored?.SalesRevenue),
        cells.Money("totalIncome", stored?.TotalIncome),
        cells.Money("highTechIncome", stored?.HighTechIncome),
        cells.Money("rdExpense", stored?.RdExpense),
        cells.Money("rdExpenseDomestic", stored?.RdExpenseDomestic),
        cells.Money("totalCostsAndExpenses", stored?.TotalCostsAndExpenses),
        cells.Money("totalAssets", stored?.TotalAssets),
        cells.Money("netAssets", stored?.NetAssets),
        cells.Int("classOneIp", stored?.ClassOneIp),
        cells.Int("classTwoIp", stored?.ClassTwoIp),
        cells.Int("conversions", stored?.Conversions),
        cells.YesNo("majorViolation", stored?.MajorViolation),
        cells.Int("ipAdvancement", stored?.IpAdvancement),
        cells.Int("ipCoreRole", stored?.IpCoreRole),
        cells.YesNo("ipOwnRd", stored?.IpOwnRd),
        cells.Int("rdManagement", stored?.RdManagement));
}
