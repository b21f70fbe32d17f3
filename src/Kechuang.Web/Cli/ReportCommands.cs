using System.CommandLine;
using Kechuang.Reports;

namespace Kechuang.Web.Cli;

/// <summary>`kechuang report summary --region CODE --year Y [--period H1] --out FILE`: the work summary as a file.</summary>
internal static class ReportCommands
{
    public static void AddTo(RootCommand root)
    {
        var db = KechuangCli.DbOption();
        var region = new Option<string>("--region") { Description = "行政区划代码，如 330326", Required = true };
        var year = new Option<int>("--year") { Description = "年份", Required = true };
        var period = new Option<string>("--period") { Description = "FY 全年（默认）或 H1 上半年", DefaultValueFactory = _ => SummaryPeriod.FullYear };
        var output = new Option<FileInfo>("--out") { Description = "输出文件：.docx、.md 或 .pdf（按扩展名决定格式）", Required = true };
        var appendix = new Option<bool>("--appendix") { Description = "附“数据来源”：每个数字的出处" };
        var summary = new Command("summary", "生成工作总结（由系统数据起草）") { region, year, period, output, appendix, db };
        summary.SetAction((result, ct) => SummaryAsync(result.GetValue(db)!, result.GetValue(region)!, result.GetValue(year),
            result.GetValue(period)!, result.GetValue(output)!, result.GetValue(appendix), ct));
        root.Subcommands.Add(new Command("report", "生成报告") { summary });
    }

    private static Task<int> SummaryAsync(string db, string region, int year, string period, FileInfo output, bool appendix, CancellationToken ct)
    {
        var format = output.Extension.TrimStart('.').ToLowerInvariant();
        if (!ExportSummary.Formats.Contains(format))
        {
            Console.Error.WriteLine($"--out 的扩展名应为 .docx、.md 或 .pdf：{output.Name}");
            return Task.FromResult(2);
        }
        return CommandServices.WithServicesAsync(db, ct, async services =>
        {
            var file = await services.GetRequiredService<ExportSummary>().HandleAsync(CommandServices.Operator, region, year, period, format, appendix, ct);
            try
            {
                await File.WriteAllBytesAsync(output.FullName, file.Content, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"无法写入 {output.FullName}：{e.Message}");
                return 1;
            }
            Console.WriteLine($"已生成 {output.FullName}（{file.Content.Length / 1024.0:0.0} KB）");
            return 0;
        });
    }
}
