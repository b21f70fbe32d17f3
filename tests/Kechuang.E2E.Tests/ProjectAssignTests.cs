namespace Kechuang.E2E.Tests;

/// <summary>`kechuang projects assign` from CSV files: the output, the refusals, and that a refusal writes nothing.</summary>
public sealed class ProjectAssignTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("kechuang-assign-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private (string Experts, string Applications, string Candidates, string Conflicts) Call() => (
        File("experts.csv", "expert_id,organisation\nE1,浙江大学\nE2,浙江大学\nE3,中科院\nE4,清华大学\nE5,县农科所\n"),
        File("applications.csv", "application_id,organisation,partners\nA1,浙江大学,\nA2,某公司,中科院;县农科所\n"),
        File("candidates.csv", "expert_id,application_id,affinity\nE1,A1,5\nE2,A1,4\nE3,A1,3\nE4,A1,2\nE5,A1,1\nE1,A2,5\nE2,A2,4\nE3,A2,3\nE4,A2,2\nE5,A2,1\n"),
        File("conflicts.csv", "expert_id,application_id,reason\nE4,A1,近3年曾评审该单位项目\n"));

    private string[] Args(int k, string output, params string[] more)
    {
        var (experts, applications, candidates, conflicts) = Call();
        return ["projects", "assign", "--experts", experts, "--applications", applications, "--candidates", candidates,
            "--conflicts", conflicts, "--per-application", k.ToString(System.Globalization.CultureInfo.InvariantCulture), "--max-per-expert", "2", "--out", output, .. more];
    }

    [Fact]
    public async Task Optimal_WritesTheBestAssignment_AndExplainsTheExclusions()
    {
        var output = Path.Combine(dir, "out.csv");
        var exclusions = Path.Combine(dir, "excluded.csv");

        var (code, stdout, error) = await KechuangProcess.RunAsync(Args(2, output, "--exclusions-out", exclusions));

        Assert.True(code == 0, error);
        Assert.Equal("application_id,expert_id,affinity\nA1,E3,3\nA1,E5,1\nA2,E1,5\nA2,E4,2\n", System.IO.File.ReadAllText(output));
        Assert.Contains("总匹配度 11，单项最低 4", stdout);
        Assert.Contains("OR-Tools 9.15", stdout);
        var explained = System.IO.File.ReadAllText(exclusions);
        Assert.Contains("E1,A1,专家E1：与申报单位同属浙江大学，回避", explained);
        Assert.Contains("E4,A1,专家E4：与申报单位存在利害关系：近3年曾评审该单位项目，回避", explained);
    }

    [Fact]
    public async Task Random_ReplaysFromTheSeed_AndPrintsIt()
    {
        var first = Path.Combine(dir, "first.csv");
        var second = Path.Combine(dir, "second.csv");

        var one = await KechuangProcess.RunAsync(Args(2, first, "--mode", "random", "--seed", "42"));
        var two = await KechuangProcess.RunAsync(Args(2, second, "--mode", "random", "--seed", "42"));

        Assert.True(one.Code == 0, one.Error);
        Assert.True(two.Code == 0, two.Error);
        Assert.Equal(System.IO.File.ReadAllText(first), System.IO.File.ReadAllText(second));
        Assert.Contains("随机种子 42", one.Out);
    }

    [Fact]
    public async Task AnApplicationThatCannotBeFilled_Exit2_NamesItAndWritesNothing()
    {
        var output = Path.Combine(dir, "out.csv");

        var (code, _, error) = await KechuangProcess.RunAsync(Args(3, output));

        Assert.Equal(2, code);
        Assert.Contains("申报书 A1：符合回避规则的候选专家 2 人，少于每项所需的 3 人", error);
        Assert.Contains("缩短回避年限", error);
        Assert.False(System.IO.File.Exists(output));
    }

    [Fact]
    public async Task BadRows_Exit2_NameFileRowAndColumn_AndWriteNothing()
    {
        var output = Path.Combine(dir, "out.csv");
        var args = Args(2, output);
        args[Array.IndexOf(args, "--candidates") + 1] = File("bad.csv", "expert_id,application_id,affinity\nE1,A1,-1\nE9,A1,2\nE3,A1,1\nE3,A1,1\n");

        var (code, _, error) = await KechuangProcess.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("bad.csv 第 2 行 affinity 列：匹配度不能为负数（-1）", error);
        Assert.Contains("bad.csv 第 3 行 expert_id 列：专家编号 E9 不在专家文件中", error);
        Assert.Contains("bad.csv 第 5 行：专家 E3 与申报书 A1 的候选重复", error);
        Assert.False(System.IO.File.Exists(output));
    }

    [Fact]
    public async Task Randomised_ACapThePoolCannotMeet_Exit2_SaysHowMuchItNeeds()
    {
        var output = Path.Combine(dir, "out.csv");

        var capped = await KechuangProcess.RunAsync(Args(2, output, "--mode", "randomised", "--seed", "3"));
        var uncapped = await KechuangProcess.RunAsync(Args(2, output, "--mode", "randomised", "--seed", "3", "--max-probability", "1"));

        Assert.Equal(2, capped.Code);
        Assert.Contains("每项至少要有 4 位分属不同单位的候选专家分担", capped.Error);
        Assert.Contains("放宽概率上限", capped.Error);
        Assert.True(uncapped.Code == 0, uncapped.Error);
        // With no cap the lottery has one outcome: the optimum.
        Assert.Equal("application_id,expert_id,affinity\nA1,E3,3\nA1,E5,1\nA2,E1,5\nA2,E4,2\n", System.IO.File.ReadAllText(output));
        Assert.Contains("随机种子 3", uncapped.Out);
    }

    [Fact]
    public async Task AMissingOption_IsACommandLineError()
    {
        var (code, _, error) = await KechuangProcess.RunAsync("projects", "assign", "--experts", "x.csv");

        Assert.Equal(2, code);
        Assert.Contains("缺少必需的选项：--applications", error);
    }
}
