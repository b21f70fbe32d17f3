using System.CommandLine;
using System.Diagnostics;
using Kechuang.Projects.Assignment;

namespace Kechuang.Web.Cli;

/// <summary>
/// `kechuang projects assign`: review experts for a call's applications from CSV files, with the same engine as
/// the pages (docs/domain.md § 科技计划项目 — 评审专家分配, ADR 0017). No database. Exit 0 with the output written;
/// 2 when a file is bad or an application cannot be filled, with nothing written.
/// </summary>
internal static class ProjectCommands
{
    public static void AddTo(RootCommand root)
    {
        var experts = Input("--experts", "专家文件（CSV，列：expert_id,organisation）", required: true);
        var applications = Input("--applications", "申报书文件（CSV，列：application_id,organisation,partners；合作单位以 ; 分隔）", required: true);
        var candidates = Input("--candidates", "候选文件（CSV，列：expert_id,application_id,affinity；只有列出的组合可以分配，匹配度为不小于 0 的整数）", required: true);
        var conflicts = Input("--conflicts", "回避文件（CSV，列：expert_id,application_id,reason；申报的利害关系、回避年限内评审或合作过的）", required: false);
        var perApplication = new Option<int>("--per-application") { Description = "每项申报书的评审专家人数 k", Required = true };
        var maxPerExpert = new Option<int>("--max-per-expert") { Description = "每位专家至多评审的申报书数 L", Required = true };
        var mode = new Option<string>("--mode")
        {
            Description = "optimal 总匹配度最高（默认）；random 随机抽取；randomised 随机化最优（每对专家与申报书被抽中的概率不超过 --max-probability）",
            DefaultValueFactory = _ => AssignOptimal.Mode,
        };
        mode.AcceptOnlyFromAmong(AssignOptimal.Mode, DrawRandom.Mode, AssignRandomised.Mode);
        var maxProbability = new Option<double>("--max-probability") { Description = "randomised 模式下单对专家与申报书的最大抽中概率（默认 0.5）", DefaultValueFactory = _ => 0.5 };
        var seed = new Option<long?>("--seed") { Description = "随机抽取的种子（同一种子、同一输入结果相同；不给则随机生成并打印，请记入审计日志）" };
        var reserves = new Option<int>("--reserves") { Description = "随机抽取时每项申报书的备选专家人数（默认 2）", DefaultValueFactory = _ => 2 };
        var reservesOut = new Option<FileInfo>("--reserves-out") { Description = "备选专家另存为 CSV（application_id,expert_id,affinity），按抽取顺序" };
        var relatedFirst = new Option<bool>("--related-first") { Description = "随机抽取时先在匹配度大于 0 的专家中抽取，不足再从其余专家中补足" };
        var exclusionsOut = new Option<FileInfo>("--exclusions-out") { Description = "回避说明另存为 CSV（expert_id,application_id,reason）" };
        var output = new Option<FileInfo>("--out") { Description = "输出文件（CSV，列：application_id,expert_id,affinity）", Required = true };
        var assign = new Command("assign", "为申报书分配评审专家（遵守回避规则，同一单位至多 1 人）")
        {
            experts, applications, candidates, conflicts, perApplication, maxPerExpert, mode, maxProbability, seed, reserves, reservesOut, relatedFirst, exclusionsOut, output,
        };
        assign.SetAction(result => Assign(
            result.GetValue(experts)!, result.GetValue(applications)!, result.GetValue(candidates)!, result.GetValue(conflicts),
            result.GetValue(perApplication), result.GetValue(maxPerExpert), result.GetValue(mode)!, result.GetValue(maxProbability),
            new DrawOptions(result.GetValue(reserves), result.GetValue(relatedFirst), result.GetValue(seed)),
            result.GetValue(output)!, result.GetValue(reservesOut), result.GetValue(exclusionsOut)));
        root.Subcommands.Add(new Command("projects", "科技计划项目") { assign });
    }

    private static Option<FileInfo> Input(string name, string description, bool required) => new(name) { Description = description, Required = required };

    private static int Assign(FileInfo experts, FileInfo applications, FileInfo candidates, FileInfo? conflicts, int k, int l, string mode,
        double maxProbability, DrawOptions draw, FileInfo output, FileInfo? reservesOut, FileInfo? exclusionsOut)
    {
        if (k < 1 || l < 1 || draw.Reserves < 0 || maxProbability is <= 0 or > 1 || double.IsNaN(maxProbability))
        {
            Console.Error.WriteLine(k < 1 ? $"--per-application 应为正整数：{k}" : l < 1 ? $"--max-per-expert 应为正整数：{l}"
                : draw.Reserves < 0 ? $"--reserves 不能为负：{draw.Reserves}" : $"--max-probability 应大于 0 且不超过 1：{maxProbability}");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        Console.WriteLine("读取文件……");
        AssignmentProblem problem;
        try
        {
            problem = ReadAssignmentFiles.Handle(experts.FullName, applications.FullName, candidates.FullName, conflicts?.FullName, k, l);
        }
        catch (AssignmentFileException e)
        {
            foreach (var problemLine in e.Problems)
            {
                Console.Error.WriteLine(problemLine);
            }
            Console.Error.WriteLine("未写入任何文件。");
            return 2;
        }
        var read = clock.Elapsed;
        Console.WriteLine($"专家 {problem.Experts.Count} 人，申报书 {problem.Applications.Count} 项，候选 {problem.Candidates.Count} 对，回避 {problem.Conflicts.Count} 对（读取 {read.TotalSeconds:0.00} 秒）");
        Console.WriteLine(mode switch
        {
            DrawRandom.Mode => "随机抽取……",
            AssignRandomised.Mode => $"求解随机化最优分配（概率上限 {maxProbability}：分数最小费用流后相依取整）……",
            _ => "求解最优分配（最小费用流）……",
        });
        var result = mode switch
        {
            DrawRandom.Mode => DrawRandom.Handle(problem, draw),
            AssignRandomised.Mode => AssignRandomised.Handle(problem, maxProbability, draw.Seed),
            _ => AssignOptimal.Handle(problem),
        };
        if (!result.IsComplete)
        {
            Console.Error.WriteLine($"以下 {result.Unfillable.Count} 项申报书无法配满 {k} 位评审专家，未分配任何专家，未写入任何文件：");
            Console.Error.WriteLine(result.Explain());
            return 2;
        }
        try
        {
            ReadAssignmentFiles.Write(output.FullName, result.Pairs);
            if (reservesOut is not null)
            {
                ReadAssignmentFiles.Write(reservesOut.FullName, result.Reserves);
            }
            if (exclusionsOut is not null)
            {
                ReadAssignmentFiles.WriteExclusions(exclusionsOut.FullName, result.Exclusions);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"无法写入：{e.Message}");
            return 2;
        }
        Console.WriteLine($"已分配：{problem.Applications.Count} 项申报书 × {k} 位专家，总匹配度 {result.TotalAffinity}，单项最低 {result.LowestApplicationAffinity}；回避 {result.Exclusions.Count} 对");
        if (result.Seed is { } used)
        {
            Console.WriteLine($"随机种子 {used}，备选 {result.Reserves.Count} 人（种子与引擎版本请记入审计日志）");
        }
        Console.WriteLine($"引擎 {result.EngineVersion}；求解 {result.SolverTime.TotalSeconds:0.00} 秒，共 {clock.Elapsed.TotalSeconds:0.00} 秒");
        Console.WriteLine($"已写入 {output.FullName}");
        return 0;
    }
}
