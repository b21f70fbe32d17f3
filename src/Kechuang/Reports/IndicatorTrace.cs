using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Reports;

/// <summary>The records behind an entered or imported indicator figure: its revisions, newest first.</summary>
internal static class IndicatorTrace
{
    /// <summary>A month's figure when <paramref name="month"/> is given, else the year's target.</summary>
    public static async Task<TraceRecords> RevisionsAsync(KechuangDbContext db, string code, string region, int year, int? month, int take, CancellationToken ct)
    {
        var (revisions, total) = await IndicatorQueries.RevisionsAsync(db, code, region, year, month, take, ct);
        var name = await IndicatorQueries.NameAsync(db, code, ct) ?? code;
        var place = await db.Regions.Where(r => r.Code == region).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? region;
        var what = month is { } m ? $"{Zh.Month(year, m)}累计数" : $"{year}年目标任务";
        return new TraceRecords(
            $"{place}考核指标“{name}”{what}的录入与导入记录（最新在前；由登记记录自动计算的数字没有录入记录）",
            ["时间", "操作人", "渠道", "原值", "新值", "备注"],
            revisions.Select(r => (IReadOnlyList<string>)
            [
                Zh.DateTime(r.ChangedAt), r.ChangedBy, r.Channel,
                r.OldValue?.ToString("0.####", Zh.Culture) ?? "—", r.NewValue.ToString("0.####", Zh.Culture), r.Note ?? "",
            ]).ToList(),
            total);
    }
}
