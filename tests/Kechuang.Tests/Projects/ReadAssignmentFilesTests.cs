using Kechuang.Projects.Assignment;

namespace Kechuang.Tests.Projects;

public sealed class ReadAssignmentFilesTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("kechuang-assign-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(true));
        return path;
    }

    [Fact]
    public void GoodFiles_BecomeTheProblem_WithQuotedFieldsAndPartners()
    {
        var problem = ReadAssignmentFiles.Handle(
            File("e.csv", "expert_id,organisation\nE1,\"清华大学, 北京\"\nE2,中科院\n"),
            File("a.csv", "organisation,application_id,partners\n某公司,A1,中科院; 县农科所\n"),
            File("c.csv", "expert_id,application_id,affinity\nE1,A1,3\nE2,A1,0\n"),
            File("x.csv", "expert_id,application_id,reason\nE2,A1,\"近3年合作，回避\"\n"), 1, 2);

        Assert.Equal("清华大学, 北京", problem.Experts[0].Organisation);
        Assert.Equal(["中科院", "县农科所"], problem.Applications[0].Partners);
        Assert.Equal([new CandidatePair("E1", "A1", 3), new CandidatePair("E2", "A1", 0)], problem.Candidates);
        Assert.Equal("近3年合作，回避", problem.Conflicts[0].Reason);
        Assert.Equal((1, 2), (problem.PerApplication, problem.MaxPerExpert));
    }

    [Fact]
    public void BadRows_AreAllNamedByFileRowAndColumn()
    {
        var e = File("e.csv", "expert_id,organisation\nE1,甲\nE1,乙\nE2,\n");
        var a = File("a.csv", "application_id,organisation,partners\nA1,丙,\n");
        var c = File("c.csv", "expert_id,application_id,affinity\nE1,A1,-2\nE9,A1,1\nE1,A9,1\nE1,A1,abc\n");
        var x = File("x.csv", "expert_id,application_id,reason\nE1,A1,\n");

        var problems = Assert.Throws<AssignmentFileException>(() => ReadAssignmentFiles.Handle(e, a, c, x, 3, 5)).Problems;

        Assert.Equal(
        [
            "e.csv 第 3 行 expert_id 列：专家编号 E1 重复",
            "e.csv 第 4 行 organisation 列：不能为空",
            "c.csv 第 2 行 affinity 列：匹配度不能为负数（-2）",
            "c.csv 第 3 行 expert_id 列：专家编号 E9 不在专家文件中",
            "c.csv 第 4 行 application_id 列：申报书编号 A9 不在申报书文件中",
            "c.csv 第 5 行 affinity 列：匹配度应为不小于 0 的整数，现为“abc”",
            "x.csv 第 2 行 reason 列：不能为空",
        ], problems);
    }

    [Fact]
    public void DuplicatePairsAndMissingColumns_AreNamed()
    {
        var e = File("e.csv", "expert_id,organisation\nE1,甲\n");
        var a = File("a.csv", "application_id,organisation\nA1,丙\n");
        var c = File("c.csv", "expert_id,application_id,affinity\nE1,A1,1\nE1,A1,2\n");

        Assert.Equal(["a.csv 第 1 行：缺少列 partners（应有列：application_id,organisation,partners）"],
            Assert.Throws<AssignmentFileException>(() => ReadAssignmentFiles.Handle(e, a, c, null, 1, 1)).Problems);
        var fixedApplications = File("a2.csv", "application_id,organisation,partners\nA1,丙,\n");
        Assert.Equal(["c.csv 第 3 行：专家 E1 与申报书 A1 的候选重复"],
            Assert.Throws<AssignmentFileException>(() => ReadAssignmentFiles.Handle(e, fixedApplications, c, null, 1, 1)).Problems);
    }

    [Fact]
    public void Write_QuotesWhatNeedsIt()
    {
        var path = Path.Combine(dir, "out.csv");

        ReadAssignmentFiles.Write(path, [new AssignedPair("A,1", "E1", 3)]);

        Assert.Equal("application_id,expert_id,affinity\n\"A,1\",E1,3\n", System.IO.File.ReadAllText(path));
    }
}
