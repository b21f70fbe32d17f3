using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Matching;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Needs.Excel;

/// <summary>
/// Imports needs the bureau collected (docs/domain.md §7.1), with the form's checks; the enterprise by its code, in
/// the caller's region. A need of the same enterprise and title is updated from the row; new ones are published,
/// as a need the bureau files itself. All or nothing unless asked otherwise (ADR 0007).
/// </summary>
public sealed class ImportNeeds(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    private sealed record Good(NeedRequest Request, Guid EnterpriseId, string Name, string Region, TechNeed? Stored);

    public async Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var sheet = ExcelSheet.Read(xlsx, NeedColumns.All, limits.Registers, progress, ct);
        var enterprises = await EnterpriseLookup.ByUsccAsync(db, sheet.Rows.Select(r => sheet.Text(r, "uscc")?.Trim().ToUpperInvariant()), ct);
        var ids = enterprises.Values.Select(e => e.Id).ToList();
        var stored = (await db.TechNeeds.AsNoTracking().Where(n => ids.Contains(n.EnterpriseId)).ToListAsync(ct))
            .GroupBy(n => (n.EnterpriseId, n.Title)).ToDictionary(g => g.Key, g => g.First());
        var errors = new List<ImportError>();
        var good = new List<Good>();
        var seen = new Dictionary<(Guid, string), int>();
        var done = 0;
        foreach (var row in sheet.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new RowCells(sheet, row);
            var request = new NeedRequest(
                cells.Text("title"), cells.Text("description"), cells.Text("targetParameters"), cells.Text("field"),
                MatchRecord.SplitKeywords(cells.Text("keywords")), cells.Money("budgetMin"), cells.Money("budgetMax"),
                cells.Text("cooperationMode"), cells.Date("deadline"), cells.Text("status"));
            var validation = new Validation();
            NeedRules.Check(request, validation);
            cells.Add(validation);
            var uscc = cells.Text("uscc")?.Trim().ToUpperInvariant();
            (Guid Id, string Name, string RegionCode) enterprise = default;
            if (string.IsNullOrEmpty(uscc) || !enterprises.TryGetValue(uscc, out enterprise))
            {
                cells.Add("uscc", "企业登记库中没有该统一社会信用代码的企业，请先登记企业");
            }
            else if (!caller.CanSee(Regions.RegionCode.Parse(enterprise.RegionCode)))
            {
                cells.Add("uscc", $"该企业不在本辖区（{caller.Region}），不能导入其技术需求");
            }
            TechNeed? existing = null;
            if (cells.Ok)
            {
                var key = (enterprise.Id, request.Title!.Trim());
                if (!seen.TryAdd(key, row.Number))
                {
                    cells.Add("title", $"与第 {seen[key]} 行是同一企业的同名需求");
                }
                existing = stored.GetValueOrDefault(key);
            }
            errors.AddRange(cells.Errors);
            if (cells.Ok)
            {
                good.Add(new Good(request, enterprise.Id, enterprise.Name!, enterprise.RegionCode!, existing));
            }
            ImportRun.Checked(progress, ++done, sheet.Rows.Count);
        }

        var now = clock.GetUtcNow();
        return await ImportRun.FinishAsync(db, sheet, errors, good, options, item =>
        {
            if (item.Stored is { } need)
            {
                db.TechNeeds.Attach(need);
                NeedRules.Apply(need, item.Request, need.UpdatedAt);
                return ImportRun.Compare(db.Entry(need), () => need.UpdatedAt = now);
            }
            var created = new TechNeed
            {
                EnterpriseId = item.EnterpriseId, EnterpriseName = item.Name, RegionCode = item.Region, Title = "", CooperationMode = "", CreatedAt = now,
                Review = MarketWords.Published, PublishedAt = now, ReviewedBy = caller.UserName,
            };
            NeedRules.Apply(created, item.Request, now);
            db.TechNeeds.Add(created);
            return RowOutcome.Created;
        }, progress, ct);
    }
}
