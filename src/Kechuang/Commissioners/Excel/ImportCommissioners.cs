using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Commissioners.Excel;

/// <summary>
/// Imports the register from a sheet (docs/domain.md §7.6), a row per commissioner and year, with the form's checks. A
/// commissioner already registered under the same name, county and year is unchanged when the row says the same, else
/// the row is refused naming the stored record. All or nothing unless asked to keep the good rows.
/// </summary>
public sealed class ImportCommissioners(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    private sealed record Good(CommissionerRequest Request, string County, IReadOnlyList<CommissionerTownRequest> Towns, bool Stored);

    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var sheet = ExcelSheet.Read(xlsx, CommissionerColumns.All, limits.Registers, progress, ct);
        var today = clock.TodayInChina();
        var counties = sheet.Rows.Select(r => sheet.Text(r, "regionCode")?.Trim()).OfType<string>().Distinct().ToList();
        var counted = await RegionLookup.ForAsync(db, ct, [.. counties]);
        // The current towns of the sheet's counties, by code and by name (a town may be written either way).
        var towns = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Town && r.RetiredOn == null && counties.Contains(r.ParentCode!)).ToListAsync(ct);
        var townNames = towns.GroupBy(r => (r.ParentCode!, r.Name)).ToDictionary(g => g.Key, g => g.First().Code);
        var townCodes = towns.ToDictionary(r => r.Code);
        Func<string, Region?> regions = c => townCodes.GetValueOrDefault(c) ?? counted(c);
        var stored = (await CommissionerAccess.InRegion(db.Commissioners.AsNoTracking(), caller.Region, RegionScope.MatchFor(db))
                .Where(c => counties.Contains(c.RegionCode)).Include(c => c.Towns).Include(c => c.Members).AsSplitQuery().ToListAsync(ct))
            .ToDictionary(c => (c.RegionCode, c.Year, c.Name));

        var errors = new List<ImportError>();
        var good = new List<Good>();
        var seen = new Dictionary<(string, int, string), int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var code = cells.Text("regionCode")?.Trim();
            var served = CommissionerColumns.Towns(cells.Text("towns"))
                .Select(t => new CommissionerTownRequest(code is not null && townNames.TryGetValue((code, t.Town), out var town) ? town : t.Town, null, null, t.Villages)).ToList();
            var request = new CommissionerRequest(cells.Text("name"), cells.Text("kind"), cells.Text("level"), code, cells.Int("year"), served,
                cells.Text("institution"), cells.Text("field"),
                [.. CommissionerColumns.Items(cells.Text("members")).Select(m => new CommissionerMemberRequest(m))]);
            var region = code is null ? null : regions(code);
            var validation = new Validation();
            CommissionerRules.Check(request, region, regions, today, validation);
            cells.Add(validation);
            if (region is not null && !caller.CanSee(RegionCode.Parse(region.Code)))
            {
                cells.Add("regionCode", $"{region.Name}不在本辖区（{caller.Region}），不能导入");
            }
            var same = false;
            if (cells.Ok)
            {
                var key = (region!.Code, request.Year!.Value, request.Name!.Trim());
                if (!seen.TryAdd(key, row.Number))
                {
                    cells.Add("name", $"与第 {seen[key]} 行是同一县区、同一年度的同名科技特派员");
                }
                else if (stored.TryGetValue(key, out var existing))
                {
                    var differences = Differences(existing, request, CreateCommissioner.Served(request.Towns));
                    same = differences.Count == 0;
                    if (!same)
                    {
                        cells.Add("name", $"{region.Name}{existing.Year}年已登记科技特派员“{existing.Name}”（{existing.Level}{CommissionerWords.Chinese(existing.Kind)}），" +
                            $"本行的{string.Join("、", differences)}与之不同；如需更改请在登记页修改");
                    }
                }
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add(new Good(request, region!.Code, CreateCommissioner.Served(request.Towns), same));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        return await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            if (item.Stored)
            {
                return RowOutcome.Unchanged;
            }
            db.Commissioners.Add(CreateCommissioner.New(item.Request, item.County, item.Towns, now));
            return RowOutcome.Created;
        }, progress, ct);
    }

    /// <summary>What the row says otherwise than the stored record, by the sheet's column names.</summary>
    private static List<string> Differences(Commissioner stored, CommissionerRequest row, IReadOnlyList<CommissionerTownRequest> towns)
    {
        var differences = new List<string>();
        if (stored.Kind != CommissionerWords.Kind(row.Kind))
        {
            differences.Add("类型");
        }
        if (stored.Level != CommissionerWords.Level(row.Level))
        {
            differences.Add("级别");
        }
        if (stored.Institution != Blank(row.Institution))
        {
            differences.Add("派出单位");
        }
        if (stored.Field != Blank(row.Field))
        {
            differences.Add("服务领域");
        }
        if (!stored.Towns.Select(t => t.TownCode).ToHashSet().SetEquals(towns.Select(t => t.Code!)))
        {
            differences.Add("服务乡镇");
        }
        else if (towns.Any(t => !stored.Towns.First(s => s.TownCode == t.Code).Villages.ToHashSet().SetEquals(t.VillageNames)))
        {
            differences.Add("服务村");
        }
        if (!stored.Members.Select(m => m.Name).ToHashSet().SetEquals((row.Members ?? []).Select(m => m.Name!.Trim())))
        {
            differences.Add("团队成员");
        }
        return differences;
    }

    private static string? Blank(string? text) => Validation.Blank(text);
}
