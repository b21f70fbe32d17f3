using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Matching;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Achievements.Excel;

/// <summary>
/// Imports achievements (docs/domain.md §7.1) with the form's checks, patent numbers included. An achievement of the
/// same region, holder and title is updated from the row, unchanged when the row says the same. All or nothing unless
/// asked otherwise (ADR 0007).
/// </summary>
public sealed class ImportAchievements(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    private sealed record Good(AchievementRequest Request, string Region, Achievement? Stored);

    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var sheet = ExcelSheet.Read(xlsx, AchievementColumns.All, limits.Registers, progress, ct);
        var stored = (await AchievementAccess.InRegion(db.Achievements.AsNoTracking(), db, caller.Region).Include(a => a.Patents).AsSplitQuery().ToListAsync(ct))
            .GroupBy(a => (a.RegionCode, a.Holder, a.Title)).ToDictionary(g => g.Key, g => g.First());
        var errors = new List<ImportError>();
        var good = new List<Good>();
        var seen = new Dictionary<(string, string, string), int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var (patents, patentProblem) = AchievementColumns.ParsePatents(cells.Text("patents"));
            var code = cells.Text("regionCode")?.Trim();
            var request = new AchievementRequest(
                cells.Text("title"), cells.Text("holder"), cells.Text("description"), cells.Text("field"),
                MatchRecord.SplitKeywords(cells.Text("keywords")), cells.Text("stage"), patents, cells.Money("price"), cells.Text("transferMode"), code);
            var validation = new Validation();
            AchievementRules.Check(request, validation);
            if (patentProblem is not null)
            {
                validation.Add("patents", patentProblem);
            }
            cells.Add(validation);
            var region = caller.Region;
            if (!string.IsNullOrEmpty(code))
            {
                if (RegionCode.Problem(code) is { } problem)
                {
                    cells.Add("regionCode", problem);
                }
                else if (!caller.CanSee(RegionCode.Parse(code)))
                {
                    cells.Add("regionCode", $"{code} 不在本辖区（{caller.Region}），不能导入");
                }
                else
                {
                    region = RegionCode.Parse(code);
                }
            }
            Achievement? existing = null;
            if (cells.Ok)
            {
                var key = (region.ToString(), request.Holder!.Trim(), request.Title!.Trim());
                if (!seen.TryAdd(key, row.Number))
                {
                    cells.Add("title", $"与第 {seen[key]} 行是同一单位的同名成果");
                }
                existing = stored.GetValueOrDefault(key);
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add(new Good(request, region.ToString(), existing));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        return await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            if (item.Stored is { } achievement)
            {
                var before = AchievementColumns.Row(AchievementDto.From(achievement));
                db.Achievements.Attach(achievement);
                AchievementRules.Apply(db, achievement, item.Request, achievement.UpdatedAt);
                var after = AchievementColumns.Row(AchievementDto.From(achievement));
                if (before.All(c => Equals(c.Value, after[c.Key])))
                {
                    return RowOutcome.Unchanged;
                }
                achievement.UpdatedAt = now;
                return RowOutcome.Updated;
            }
            var created = new Achievement { Holder = "", RegionCode = item.Region, Title = "", Stage = "", TransferMode = "", CreatedAt = now };
            db.Achievements.Add(created);
            AchievementRules.Apply(db, created, item.Request, now);
            return RowOutcome.Created;
        }, progress, ct);
    }
}
