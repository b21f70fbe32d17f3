using System.CommandLine;
using Kechuang.Common;
using Kechuang.Matching;

namespace Kechuang.Web.Cli;

/// <summary>
/// `kechuang match recommend --needs N.csv --achievements A.csv --top K --out OUT.csv`: the matching engine on files,
/// no database (docs/domain.md § 产学研 — 检索与推荐). Exit 0 written; 2 a file could not be used (missing columns,
/// duplicate ids: file, row and column are printed, and nothing is written).
/// </summary>
internal static class MatchCommands
{
    public static void AddTo(RootCommand root)
    {
        var needs = new Option<FileInfo>("--needs") { Description = "需求 CSV（UTF-8，表头 id,title,description,field,keywords；关键词以；或 ; 分隔）", Required = true };
        var achievements = new Option<FileInfo>("--achievements") { Description = "成果 CSV（UTF-8，表头 id,title,description,field,keywords,holder）", Required = true };
        var top = new Option<int>("--top") { Description = "每项需求推荐的成果数（1–100，默认 5）", DefaultValueFactory = _ => 5 };
        var output = new Option<FileInfo>("--out") { Description = "输出 CSV：need_id,rank,achievement_id,score", Required = true };
        var recommend = new Command("recommend", "为每项技术需求推荐最匹配的科技成果（与系统相同的检索引擎和同义词表）") { needs, achievements, top, output };
        recommend.SetAction(result => Recommend(result.GetValue(needs)!, result.GetValue(achievements)!, result.GetValue(top), result.GetValue(output)!));
        root.Subcommands.Add(new Command("match", "产学研匹配") { recommend });
    }

    private static int Recommend(FileInfo needs, FileInfo achievements, int top, FileInfo output)
    {
        if (top is < 1 or > 100)
        {
            Console.Error.WriteLine($"--top 应为 1 到 100 之间的整数：{top}");
            return 2;
        }
        foreach (var file in new[] { needs, achievements }.Where(f => !f.Exists))
        {
            Console.Error.WriteLine($"文件不存在：{file.FullName}");
            return 2;
        }
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var rows = RecommendFiles.Run(needs.FullName, achievements.FullName, top, output.FullName);
            Console.WriteLine($"已写入 {Zh.Number(rows)} 行推荐到 {output.FullName}（用时 {clock.Elapsed.TotalSeconds:0.0} 秒）");
            return 0;
        }
        catch (MatchCsvException e)
        {
            foreach (var problem in e.Problems)
            {
                Console.Error.WriteLine(problem);
            }
            Console.Error.WriteLine("未写入任何结果。");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"无法写入 {output.FullName}：{e.Message}");
            return 2;
        }
    }
}
