using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Experts.Excel;

/// <summary>
/// Imports the pool from a sheet (docs/domain.md §6.1), with the form's checks. An expert already in the pool under the
/// same name and organisation is updated from the row (contacts and fields change; relations are replaced by the
/// sheet's, the reason written as 导入), unchanged when the row says the same. All or nothing unless asked otherwise.
/// </summary>
public sealed class ImportExperts(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    private sealed record Good(ExpertRequest Request, Expert? Stored);

    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var sheet = ExcelSheet.Read(xlsx, ExpertColumns.All, limits.Registers, progress, ct);
        var codes = sheet.Rows.Select(r => sheet.Text(r, "regionCode")?.Trim()).OfType<string>().Distinct().ToList();
        var regions = await RegionLookup.ForAsync(db, ct, [.. codes]);
        var stored = (await ExpertAccess.InRegion(db.Experts.AsNoTracking(), caller.Region, RegionScope.MatchFor(db))
                .Where(e => codes.Contains(e.RegionCode)).Include(e => e.Relations).AsSplitQuery().ToListAsync(ct))
            .ToDictionary(e => (e.RegionCode, e.Name, e.Organisation));
        var errors = new List<ImportError>();
        var good = new List<Good>();
        var seen = new Dictionary<(string, string, string), int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var request = Request(cells);
            var region = request.RegionCode is { } code ? regions(code.Trim()) : null;
            var validation = new Validation();
            ExpertRules.Check(request, region, validation);
            cells.Add(validation);
            if (region is not null && !caller.CanSee(RegionCode.Parse(region.Code)))
            {
                cells.Add("regionCode", $"{region.Name}不在本辖区（{caller.Region}），不能导入");
            }
            Expert? existing = null;
            if (cells.Ok)
            {
                var key = (region!.Code, request.Name!.Trim(), request.Organisation!.Trim());
                if (!seen.TryAdd(key, row.Number))
                {
                    cells.Add("name", $"与第 {seen[key]} 行是同一专家库中同一单位的同名专家");
                }
                existing = stored.GetValueOrDefault(key);
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add(new Good(request, existing));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        return await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            if (item.Stored is { } expert)
            {
                if (Same(expert, item.Request))
                {
                    return RowOutcome.Unchanged;
                }
                db.Experts.Attach(expert);
                SaveExpert.Apply(db, expert, item.Request with { UserName = expert.UserName }, now);
                return RowOutcome.Updated;
            }
            var created = new Expert { Name = "", Organisation = "", RegionCode = item.Request.RegionCode!.Trim(), CreatedAt = now };
            db.Experts.Add(created);
            SaveExpert.Apply(db, created, item.Request, now);
            return RowOutcome.Created;
        }, progress, ct);
    }

    private static ExpertRequest Request(RowCells cells)
    {
        List<ExpertRelationRequest> relations =
        [
            .. ExpertColumns.Items(cells.Text("avoidOrganisations")).Select(n => new ExpertRelationRequest(ExpertWords.Organisation, n, null, "导入")),
            .. ExpertColumns.Items(cells.Text("avoidPeople")).Select(n => new ExpertRelationRequest(ExpertWords.Person, n, null, "导入")),
        ];
        return new ExpertRequest(cells.Text("name"), cells.Text("organisation"), cells.Text("regionCode"), ExpertColumns.Items(cells.Text("fields")),
            cells.Text("organisationUscc"), cells.Text("title"), cells.Text("phone"), cells.Text("email"), cells.YesNo("available") ?? true,
            cells.Text("unavailableReason"), null, relations);
    }

    /// <summary>Whether the row says what the pool holds, relations by kind and name (a stored reason is kept).</summary>
    private static bool Same(Expert e, ExpertRequest r) =>
        e.OrganisationUscc == Blank(r.OrganisationUscc)?.ToUpperInvariant() && e.Title == Blank(r.Title) && e.Phone == Blank(r.Phone)
        && e.Email == Blank(r.Email) && e.Available == (r.Available ?? true) && e.UnavailableReason == (e.Available ? null : Blank(r.UnavailableReason))
        && e.Fields.SequenceEqual(r.Fields!.Select(f => f.Trim()).Where(f => f.Length > 0))
        && e.Relations.Select(x => (x.Kind, x.Name)).ToHashSet().SetEquals((r.Relations ?? []).Select(x => (ExpertWords.Kind(x.Kind)!, x.Name!.Trim())));

    private static string? Blank(string? text) => Validation.Blank(text);
}
