using Kechuang.Common.Excel;
using Kechuang.Users;
using MiniExcelLibs;

namespace Kechuang.Platforms.Candidates;

/// <summary>The candidate list as an Excel sheet, in the order on screen: per condition the actual value, the minimum and the gap.</summary>
public sealed class ExportCandidates(ListCandidates list)
{
    public async Task HandleAsync(Caller caller, CandidateQuery query, Stream output, CancellationToken ct = default)
    {
        var (kind, level, year, conditions, rows) = await list.EvaluateAllAsync(caller, query, ct);
        var sheet = rows.Select((r, i) =>
        {
            var row = new Dictionary<string, object?>
            {
                ["序号"] = i + 1,
                ["企业名称"] = r.Name,
                ["统一社会信用代码"] = r.Uscc,
                ["所属区县"] = r.RegionName,
                ["是否达标"] = r.Met ? "达标" : "未达标",
                ["未达标条件数"] = r.Failed,
            };
            foreach (var check in r.Conditions)
            {
                var title = check.Unit.Length == 0 ? check.Name : $"{check.Name}（{check.Unit}）";
                row[$"{title}实际"] = check.Unit.Length == 0 ? (check.Actual == 1 ? "是" : "否") : check.Actual;
                row[$"{title}要求"] = check.Unit.Length == 0 ? (check.Required > 0 ? "须具备" : "不作要求") : check.Required;
                row[$"{title}差距"] = check.Passed is null ? "无法判断" : check.Unit.Length == 0 ? (check.Passed == true ? null : "不具备") : check.Gap;
            }
            return row.ToDictionary(c => c.Key, c => FormulaGuard.Safe(c.Value));
        }).ToList();
        if (sheet.Count == 0)
        {
            // MiniExcel writes nothing for no rows: one line says why the list is empty.
            sheet.Add(new Dictionary<string, object?> { ["序号"] = null, ["企业名称"] = $"没有候选企业（无{year}年度数据，或均已认定）" });
        }
        await output.SaveAsAsync(sheet, sheetName: $"{year}年度{level}{kind}候选企业", cancellationToken: ct);
    }
}
