using System.CommandLine;
using Kechuang.Policies;

namespace Kechuang.Web.Cli;

/// <summary>
/// `kechuang policies evaluate --code C --year Y --out FILE.xlsx`: a clause's beneficiaries with the trace in columns, the same
/// computation as the pages (docs/domain.md §7.5). Exit 0 with the file written; 1 when the clause is unknown.
/// </summary>
internal static class PolicyCommands
{
    public static void AddTo(RootCommand root)
    {
        var db = KechuangCli.DbOption();
        var code = new Option<string>("--code") { Description = "条款编号", Required = true };
        var year = new Option<int?>("--year") { Description = "政策年度（默认为条款的年度）" };
        var output = new Option<FileInfo>("--out") { Description = "输出文件（.xlsx），含每个变量的取值、来源和每一步计算", Required = true };
        var evaluate = new Command("evaluate", "测算政策条款的受益企业和金额（逐元追溯）") { code, year, output, db };
        evaluate.SetAction((result, ct) => EvaluateAsync(result.GetValue(db)!, result.GetValue(code)!, result.GetValue(year), result.GetValue(output)!, ct));
        root.Subcommands.Add(new Command("policies", "政策兑现") { evaluate });
    }

    private static Task<int> EvaluateAsync(string db, string code, int? year, FileInfo output, CancellationToken ct)
    {
        if (!output.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"--out 的扩展名应为 .xlsx：{output.Name}");
            return Task.FromResult(2);
        }
        return CommandServices.WithServicesAsync(db, ct, async services =>
        {
            var rows = await services.GetRequiredService<ListBeneficiaries>().HandleAsync(CommandServices.Operator, code, year, ct);
            try
            {
                await using var file = File.Create(output.FullName);
                await ExportBeneficiaries.WriteAsync(rows, file, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"无法写入 {output.FullName}：{e.Message}");
                return 1;
            }
            var eligible = rows.Where(r => r.Status == Beneficiary.Eligible).ToList();
            Console.WriteLine($"符合条件 {eligible.Count} 家，合计 {eligible.Sum(r => r.Amount):#,0.00} 元；无法确定 {rows.Count - eligible.Count} 家");
            Console.WriteLine($"已写入 {output.FullName}");
            return 0;
        });
    }
}
