using Kechuang.Common;
using Kechuang.Enterprises.Rules;
using Kechuang.Users;
using MiniExcelLibs;

namespace Kechuang.Enterprises.Evaluations;

/// <summary>The cultivation view as an Excel sheet, in the same order as on screen.</summary>
public sealed class ExportCultivation(EvaluateRegion evaluate, TimeProvider clock)
{
    public async Task HandleAsync(Caller caller, string? regionCode, int? year, Stream output, CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var (y, _) = EvaluationData.Defaults(year, null, today);
        EvaluationRequests.CheckYear(y, today);
        var rows = await evaluate.EvaluateAllAsync(caller, regionCode, y, today, ct);
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            ["序号"] = i + 1,
            ["企业名称"] = r.Name,
            ["统一社会信用代码"] = r.Uscc,
            ["所属区县"] = r.RegionName,
            ["高企状态"] = r.HoldsHte ? $"有效期至 {r.HteExpiresOn:yyyy-MM-dd}" : "未认定",
            ["高企评估结论"] = r.HteFactsMissing ? $"缺少{y}年度数据" : VerdictText(r.HteVerdict),
            ["创新能力得分"] = r.HteScoreMin == r.HteScoreMax ? $"{r.HteScoreMin}" : $"{r.HteScoreMin}–{r.HteScoreMax}",
            ["未达标条件数"] = r.HteFailed,
            ["高企差距"] = string.Join("；", r.HteGaps),
            ["科技型中小企业结论"] = VerdictText(r.TechSmeVerdict),
            ["科技型中小企业得分"] = r.TechSmeScore,
            ["科技型中小企业差距"] = string.Join("；", r.TechSmeGaps),
        });
        await output.SaveAsAsync(sheet.Select(r => r.ToDictionary(c => c.Key, c => Common.Excel.FormulaGuard.Safe(c.Value))), sheetName: $"{y}年度培育评估", cancellationToken: ct);
    }

    public static string VerdictText(string verdict) => verdict switch
    {
        Verdicts.Eligible => "符合",
        Verdicts.Undecided => "待专家评定",
        _ => "不符合",
    };
}
