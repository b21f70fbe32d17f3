using System.Globalization;
using Kechuang.Common.Excel;
using Kechuang.Users;

namespace Kechuang.Policies;

/// <summary>
/// GET /api/policies/{code}/beneficiaries/export and `kechuang policies evaluate --out`: the beneficiaries as .xlsx with the
/// trace in columns — every variable with its value and source, each step, and the amount — so a clerk can check each yuan.
/// </summary>
public sealed class ExportBeneficiaries(ListBeneficiaries list)
{
    public async Task<int> HandleAsync(Caller caller, string code, int? year, Stream output, CancellationToken ct = default)
    {
        var rows = await list.HandleAsync(caller, code, year, ct);
        await WriteAsync(rows, output, ct);
        return rows.Count;
    }

    public static async Task WriteAsync(IReadOnlyList<Beneficiary> rows, Stream output, CancellationToken ct)
    {
        var variables = rows.SelectMany(r => r.Trace).Select(t => t.Variable).OfType<string>()
            .Distinct().ToList();
        var steps = new[] { "条件", "计算", "封顶", "总额度", "取整", "按比例", "预算" };
        var columns = new List<ExcelColumn>
        {
            new("统一社会信用代码", "uscc", true, 22), new("企业名称", "name", true, 30), new("区划代码", "region", false, 10),
            new("结果", "status", true, 8), new("兑现金额（元）", "amount", true, 14), new("无法确定的原因", "reason", false, 30),
        };
        columns.AddRange(variables.SelectMany(v => new ExcelColumn[] { new(v, "v:" + v, false, 16), new(v + " 来源", "s:" + v, false, 30) }));
        columns.AddRange(steps.Select(s => new ExcelColumn(s, "t:" + s, false, 30)));
        await ExcelOutput.WriteAsync(output, "受益企业", columns, rows.Select(r =>
        {
            var row = new Dictionary<string, object?>
            {
                ["uscc"] = r.Uscc, ["name"] = r.Name, ["region"] = r.RegionCode,
                ["status"] = r.Status == Beneficiary.Eligible ? "符合" : "无法确定", ["amount"] = r.Amount, ["reason"] = r.Reason,
            };
            foreach (var line in r.Trace)
            {
                if (line.Variable is { } name)
                {
                    row["v:" + name] = line.Value is { } value ? value : "未填报";
                    row["s:" + name] = line.Source;
                }
                else if (steps.Contains(line.Step))
                {
                    row["t:" + line.Step] = line.Change is { } change ? $"{line.Text}（{change.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)}）" : line.Text;
                }
            }
            return (IReadOnlyDictionary<string, object?>)row;
        }), ct);
    }
}
