using Kechuang.Common.Excel;
using Kechuang.Users;

namespace Kechuang.Indicators.Assessment;

/// <summary>
/// 指标完成情况表: the assessment table as an .xlsx, with the figures printed exactly as the dashboard and the work
/// summary print them (docs/domain.md §8 columns: 序号, 考核指标, 目标任务, 完成情况, 完成率, 同比, 排名).
/// </summary>
public sealed class ExportAssessment(GetAssessmentReport report)
{
    private static readonly ExcelColumn[] Columns =
    [
        new("序号", "no", Width: 6),
        new("考核指标", "name", Width: 36),
        new("单位", "unit", Width: 8),
        new("目标任务", "target", Width: 14),
        new("完成情况", "actual", Width: 14),
        new("完成率", "completion", Width: 10),
        new("序时进度", "progress", Width: 10),
        new("同比", "yoy", Width: 22),
        new("排名", "rank", Width: 10),
        new("备注", "remark", Width: 30),
    ];

    public static string FileName(int year, int month) => $"指标完成情况表{year}年{month}月.xlsx";

    public async Task HandleAsync(Caller caller, string? region, int? year, int? month, Stream output, CancellationToken ct = default)
    {
        var rows = await report.HandleAsync(caller, region, year, month, ct);
        var cells = rows.Select((r, i) => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["no"] = i + 1,
            ["name"] = r.Name,
            ["unit"] = r.Unit,
            ["target"] = r.TargetText,
            ["actual"] = r.ActualText,
            ["completion"] = r.CompletionText,
            ["progress"] = r.Kind == IndicatorWords.Flow ? Common.Zh.Rate(r.TimeProgress) : "—",
            ["yoy"] = r.YoyText,
            ["rank"] = r.RankText,
            ["remark"] = Remark(r),
        }).ToList();
        await ExcelOutput.WriteAsync(output, "指标完成情况表", Columns, cells, ct);
    }

    private static string Remark(AssessmentRow row) => string.Join("；", new[]
    {
        row.Assessed ? null : "参考指标，不计入考核",
        row.Assessed && row.OnSchedule == false ? "落后序时进度" : null,
        row.Differs ? $"上报{Common.Zh.Amount(row.Reported!.Value, row.Unit)}，系统计算{Common.Zh.Amount(row.Derived!.Value, row.Unit)}" : null,
        row.Correction ? "本月为更正数" + (row.Note is null ? "" : "：" + row.Note) : null,
    }.Where(s => s is not null));
}
