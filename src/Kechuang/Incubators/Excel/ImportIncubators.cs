using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Incubators.Excel;

/// <summary>
/// Imports carriers and their space from a sheet (docs/domain.md §7.3), with the same checks as the form, row by row,
/// all or nothing unless asked to keep the good rows. A batch already stored (same carrier, date and area) is unchanged.
/// </summary>
public sealed class ImportIncubators(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    private sealed record Batch(int Row, IncubatorRequest Request, string? Note);

    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var sheet = ExcelSheet.Read(xlsx, IncubatorColumns.All, limits.Registers, progress, ct);
        var today = clock.TodayInChina();
        var regions = await RegionLookup.ForAsync(db, ct, [.. sheet.Rows.Select(r => sheet.Text(r, "regionCode")).OfType<string>().Distinct()]);
        var stored = await IncubatorAccess.InRegion(db.Incubators.AsNoTracking().Include(i => i.Areas), caller.Region, RegionScope.MatchFor(db)).ToListAsync(ct);
        var byKey = stored.ToDictionary(i => (i.RegionCode, i.Name));

        var errors = new List<ImportError>();
        var good = new List<Batch>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var request = new IncubatorRequest(cells.Text("name"), cells.Text("kind"), cells.Text("level"), cells.Text("regionCode"),
                cells.Decimal("areaSqm", "应为面积数字（单位：平方米），如 12000"), cells.Date("inUseOn"), cells.Text("operator"), cells.Text("address"));
            var region = request.RegionCode is { } code ? regions(code.Trim()) : null;
            var validation = new Validation();
            IncubatorRules.Check(request, region, today, validation);
            cells.Add(validation);
            if (region is not null && !caller.CanSee(RegionCode.Parse(region.Code)))
            {
                cells.Add("regionCode", $"{region.Name}不在本辖区（{caller.Region}），不能导入");
            }
            if (cells.Ok && byKey.TryGetValue((region!.Code, request.Name!.Trim()), out var existing) && request.InUseOn < existing.OpenedOn)
            {
                cells.Add("inUseOn", $"早于已登记载体“{existing.Name}”的启用日期 {Zh.Date(existing.OpenedOn)}");
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add(new Batch(row.Number, request, cells.Text("note")));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        // The carriers new to the register open with their earliest batch; the sheet's order does not matter.
        var opening = good.GroupBy(b => (b.Request.RegionCode!.Trim(), b.Request.Name!.Trim()))
            .Where(g => !byKey.ContainsKey(g.Key))
            .ToDictionary(g => g.Key, g => g.OrderBy(b => b.Request.InUseOn).First());
        var now = clock.GetUtcNow();
        var created = new Dictionary<(string, string), Guid>();
        return await ImportRun.FinishAsync(db, sheet, errors, [.. good.OrderBy(b => b.Request.InUseOn)], options, batch =>
        {
            var key = (batch.Request.RegionCode!.Trim(), batch.Request.Name!.Trim());
            var area = new IncubatorArea { AreaSqm = batch.Request.AreaSqm!.Value, InUseOn = batch.Request.InUseOn!.Value, Note = batch.Note, CreatedAt = now };
            if (opening.TryGetValue(key, out var first) && first == batch)
            {
                var incubator = new Incubator
                {
                    Name = key.Item2, Kind = IncubatorWords.Kind(batch.Request.Kind)!, Level = IncubatorWords.Level(batch.Request.Level)!,
                    RegionCode = key.Item1, Operator = Blank(batch.Request.Operator), Address = Blank(batch.Request.Address),
                    OpenedOn = area.InUseOn, CreatedAt = now, UpdatedAt = now,
                };
                db.Incubators.Add(incubator);
                db.IncubatorAreas.Add(new IncubatorArea { IncubatorId = incubator.Id, AreaSqm = area.AreaSqm, InUseOn = area.InUseOn, Note = area.Note ?? "启用", CreatedAt = now });
                created[key] = incubator.Id;
                return RowOutcome.Created;
            }
            var id = byKey.TryGetValue(key, out var existing) ? existing.Id : created[key];
            if (existing is not null && existing.Areas.Any(a => a.InUseOn == area.InUseOn && a.AreaSqm == area.AreaSqm))
            {
                return RowOutcome.Unchanged;
            }
            db.IncubatorAreas.Add(new IncubatorArea { IncubatorId = id, AreaSqm = area.AreaSqm, InUseOn = area.InUseOn, Note = area.Note, CreatedAt = now });
            return RowOutcome.Created;
        }, progress, ct);
    }

    private static string? Blank(string? text) => Validation.Blank(text);
}
