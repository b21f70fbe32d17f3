using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>
/// Records titles from a sheet, matched by type and certificate number: a known number updates its dates, a
/// number already held by another enterprise is a row error. A blank 有效期至 takes the type's default.
/// </summary>
public sealed class ImportQualifications(KechuangDbContext db, TimeProvider clock, UploadLimits limits) : IExcelImport
{
    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureauEdit(caller);
        var sheet = ExcelSheet.Read(xlsx, QualificationColumns.All, limits.Enterprises, progress, ct);
        var today = clock.TodayInChina();
        var register = await ImportLookups.EnterprisesAsync(db, caller, sheet.Rows.Select(r => ImportLookups.Uscc(sheet.Text(r, "uscc"))), ct);
        var types = await db.QualificationTypes.AsNoTracking().ToDictionaryAsync(t => t.Name, ct);
        var numbers = sheet.Rows.Select(r => sheet.Text(r, "number")).OfType<string>().Distinct().ToArray();
        var stored = (await db.Qualifications.AsNoTracking().Where(q => EF.Parameter(numbers).Contains(q.Number)).ToListAsync(ct))
            // No unique index guards (type, number); should two exist, the first is the one updated.
            .GroupBy(q => (q.Type, q.Number)).ToDictionary(g => g.Key, g => g.First());

        var errors = new List<ImportError>();
        var good = new List<(Guid EnterpriseId, Qualification? Stored, QualificationRequest Request, DateOnly? Expires)>();
        var firstRow = new Dictionary<(string, string), int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var enterprise = ImportLookups.Enterprise(cells, register);
            var request = new QualificationRequest(cells.Text("type"), cells.Text("number"), cells.Date("issuedOn"), cells.Date("expiresOn"));
            var validation = new Validation();
            var expires = QualificationRules.Check(request, types.GetValueOrDefault, today, validation);
            cells.Add(validation);
            Qualification? existing = null;
            if (request is { Type: { } type, Number: { } number })
            {
                var key = (type.Trim(), number.Trim());
                existing = stored.GetValueOrDefault(key);
                if (enterprise is not null && existing is not null && existing.EnterpriseId != enterprise.Enterprise.Id)
                {
                    cells.Add("number", $"{type}证书编号 {number} 已登记在另一家企业名下");
                }
                if (!firstRow.TryAdd(key, row.Number))
                {
                    cells.Add("number", $"与第 {firstRow[key]} 行的资质类型和证书编号重复");
                }
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add((enterprise!.Enterprise.Id, existing, request, expires));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        return await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            if (item.Stored is not { } title)
            {
                db.Qualifications.Add(new Qualification
                {
                    EnterpriseId = item.EnterpriseId,
                    Type = item.Request.Type!.Trim(),
                    Number = item.Request.Number!.Trim(),
                    IssuedOn = item.Request.IssuedOn!.Value,
                    ExpiresOn = item.Expires,
                    CreatedAt = now,
                });
                return RowOutcome.Created;
            }
            db.Qualifications.Attach(title);
            title.IssuedOn = item.Request.IssuedOn!.Value;
            title.ExpiresOn = item.Expires;
            return ImportRun.Compare(db.Entry(title), () => { });
        }, progress, ct);
    }
}
