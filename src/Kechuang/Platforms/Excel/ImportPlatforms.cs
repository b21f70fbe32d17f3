using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Platforms.Kinds;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Platforms.Excel;

/// <summary>
/// Imports platforms from a sheet (docs/domain.md §7.2), a row per recognition, with the form's checks. A platform of
/// the same name in the county is the same platform: a row at a higher level upgrades it, at its level leaves it
/// unchanged. A host enterprise outside the caller's region is a row error. All or nothing unless asked otherwise.
/// </summary>
public sealed class ImportPlatforms(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    private sealed record Good(int Row, PlatformRequest Request, Guid? EnterpriseId, string HostName, Platform? Existing);

    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var sheet = ExcelSheet.Read(xlsx, PlatformColumns.All, limits.Registers, progress, ct);
        var today = clock.TodayInChina();
        var catalogue = await PlatformCatalogue.LoadAsync(db, ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. sheet.Rows.Select(r => sheet.Text(r, "regionCode")).OfType<string>().Distinct()]);
        var hosts = await EnterpriseLookup.ByUsccAsync(db, sheet.Rows.Select(r => sheet.Text(r, "enterpriseUscc")), ct);
        var stored = await PlatformAccess.InRegion(db.Platforms.AsNoTracking().Include(p => p.Recognitions), caller.Region, RegionScope.MatchFor(db))
            .Where(p => p.WithdrawnOn == null).ToListAsync(ct);
        var byName = stored.GroupBy(p => (p.RegionCode, p.Name)).ToDictionary(g => g.Key, g => g.First());

        var errors = new List<ImportError>();
        var good = new List<Good>();
        var seen = new Dictionary<(string, string, string), int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var uscc = cells.Text("enterpriseUscc")?.ToUpperInvariant();
            var request = new PlatformRequest(cells.Text("name"), cells.Text("kind"), cells.Text("level"), cells.Text("regionCode"), null,
                cells.Date("recognisedOn"), cells.Text("documentNumber"), cells.Text("field"), uscc, cells.Text("hostName"));
            var region = request.RegionCode is { } code ? regions(code.Trim()) : null;
            var validation = new Validation();
            PlatformRules.Check(request, catalogue, region, today, validation);
            cells.Add(validation);
            if (region is not null && !caller.CanSee(RegionCode.Parse(region.Code)))
            {
                cells.Add("regionCode", $"{region.Name}不在本辖区（{caller.Region}），不能导入");
            }
            (Guid Id, string Name, string RegionCode) host = default;
            if (uscc is not null && !hosts.TryGetValue(uscc, out host))
            {
                cells.Add("enterpriseUscc", $"企业库中没有统一社会信用代码为 {uscc} 的企业");
            }
            else if (uscc is not null && region is not null && host.RegionCode != region.Code)
            {
                cells.Add("enterpriseUscc", $"依托企业登记在 {host.RegionCode}，与所在县区代码 {region.Code} 不符");
            }
            Platform? existing = null;
            if (cells.Ok)
            {
                var key = (region!.Code, request.Name!.Trim(), PlatformKinds.Level(request.Level)!);
                if (!seen.TryAdd(key, row.Number))
                {
                    cells.Add("name", $"与第 {seen[key]} 行的平台和级别重复");
                }
                existing = byName.GetValueOrDefault((region.Code, request.Name.Trim()));
                if (existing is not null && existing.Kind != catalogue.Kind(request.Kind)!.Name)
                {
                    cells.Add("kind", $"已登记的“{existing.Name}”是{existing.Kind}，类型不同");
                }
                else if (existing is not null && PlatformKinds.Rank(key.Item3) < PlatformKinds.Rank(existing.Level))
                {
                    cells.Add("level", $"已登记的“{existing.Name}”已是{existing.Level}");
                }
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add(new Good(row.Number, request, uscc is null ? null : host.Id, uscc is null ? request.HostName!.Trim() : host.Name!, existing));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        var created = new Dictionary<(string, string), Guid>();
        return await ImportRun.FinishAsync(db, sheet, errors, [.. good.OrderBy(g => g.Request.RecognisedOn)], options, item =>
        {
            var r = item.Request;
            var level = PlatformKinds.Level(r.Level)!;
            var key = (r.RegionCode!.Trim(), r.Name!.Trim());
            var recognition = new PlatformRecognition
            {
                Level = level, RecognisedOn = r.RecognisedOn!.Value, CreatedAt = now,
                DocumentNumber = string.IsNullOrWhiteSpace(r.DocumentNumber) ? null : r.DocumentNumber.Trim(),
            };
            Guid? id = item.Existing?.Id ?? (created.TryGetValue(key, out var made) ? made : null);
            if (id is null)
            {
                var platform = new Platform
                {
                    Name = key.Item2, Kind = catalogue.Kind(r.Kind)!.Name, Level = level, RegionCode = key.Item1, EnterpriseId = item.EnterpriseId,
                    HostName = item.HostName, Field = string.IsNullOrWhiteSpace(r.Field) ? null : r.Field.Trim(), CreatedAt = now, UpdatedAt = now,
                };
                db.Platforms.Add(platform);
                db.PlatformRecognitions.Add(new PlatformRecognition { PlatformId = platform.Id, Level = level, RecognisedOn = recognition.RecognisedOn, DocumentNumber = recognition.DocumentNumber, CreatedAt = now });
                created[key] = platform.Id;
                return RowOutcome.Created;
            }
            if (item.Existing is { } stored && stored.Level == level)
            {
                return RowOutcome.Unchanged;
            }
            // A higher level than stored, or a second row of a platform this sheet created: an upgrade.
            var target = db.Platforms.Local.FirstOrDefault(p => p.Id == id) ?? db.Platforms.First(p => p.Id == id);
            db.PlatformRecognitions.Add(new PlatformRecognition { PlatformId = id.Value, Level = level, RecognisedOn = recognition.RecognisedOn, DocumentNumber = recognition.DocumentNumber, CreatedAt = now });
            if (PlatformKinds.Rank(level) > PlatformKinds.Rank(target.Level))
            {
                target.Level = level;
            }
            target.UpdatedAt = now;
            return RowOutcome.Updated;
        }, progress, ct);
    }
}
