using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

public class CsvTests
{
    [Fact]
    public void Quoting_CommasQuotesAndLineBreaks()
    {
        var records = MatchCsv.Parse("a.csv", "\uFEFFid,title,description,field,keywords,holder\nA1,\"标题, 带逗号\",\"他说\"\"好\"\"\n第二行\",新材料,耐磨；涂层;硬度,浙江大学\n", MatchKind.Achievement);

        var record = Assert.Single(records);
        Assert.Equal("标题, 带逗号", record.Title);
        Assert.Equal("他说\"好\"\n第二行", record.Description);
        Assert.Equal(["耐磨", "涂层", "硬度"], record.KeywordList);
        Assert.Equal("浙江大学", record.Holder);
    }

    [Fact]
    public void MissingColumns_NameTheFileRowAndColumns()
    {
        var e = Assert.Throws<MatchCsvException>(() => MatchCsv.Parse("n.csv", "id,title,description\nN1,a,b\n", MatchKind.Need));

        Assert.Equal("n.csv 第 1 行：缺少列 field、keywords（应有 id,title,description,field,keywords）", Assert.Single(e.Problems));
    }

    [Fact]
    public void DuplicateIds_NameBothRows_CountingLinesInsideQuotes()
    {
        var e = Assert.Throws<MatchCsvException>(() => MatchCsv.Parse("n.csv", "id,title,description,field,keywords\nN1,a,\"多\n行\",f,k\nN2,b,c,f,k\nN1,d,e,f,k\n", MatchKind.Need));

        Assert.Equal("n.csv 第 5 行，id 列：编号 N1 与第 2 行重复", Assert.Single(e.Problems));
    }

    [Fact]
    public void BadRows_AreAllReported()
    {
        var e = Assert.Throws<MatchCsvException>(() => MatchCsv.Parse("n.csv", "id,title,description,field,keywords\n,a,b,f,k\nN2,,c,f,k\nN3,a,b,c,d,e\nN4,\"unclosed,b,c,f,k\n", MatchKind.Need));

        Assert.Contains("n.csv 第 2 行，id 列：编号为空", e.Problems);
        Assert.Contains("n.csv 第 3 行，title 列：标题为空", e.Problems);
        Assert.Contains(e.Problems, p => p.StartsWith("n.csv 第 4 行：有 6 列，表头有 5 列", StringComparison.Ordinal));
        Assert.Contains("n.csv 第 5 行：引号未闭合", e.Problems);
    }

    [Fact]
    public void EmptyFile_HasNoHeader()
    {
        var e = Assert.Throws<MatchCsvException>(() => MatchCsv.Parse("n.csv", "", MatchKind.Need));

        Assert.Contains("缺少表头", Assert.Single(e.Problems));
    }

    [Fact]
    public void NotUtf8_IsSaid()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0x69, 0x64, 0x0a, 0xC0, 0xAF, 0xFF]);

            var e = Assert.Throws<MatchCsvException>(() => MatchCsv.Read(path, MatchKind.Need));

            Assert.Contains("不是 UTF-8", Assert.Single(e.Problems));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Quote(string value, string expected) => Assert.Equal(expected, MatchCsv.Quote(value));

    [Fact]
    public void RecommendFiles_WritesKRowsPerNeed_AndNothingWhenAFileIsBad()
    {
        var dir = Directory.CreateTempSubdirectory("kc-match-").FullName;
        try
        {
            var needs = Path.Combine(dir, "n.csv");
            var achievements = Path.Combine(dir, "a.csv");
            var output = Path.Combine(dir, "out.csv");
            File.WriteAllText(needs, "id,title,description,field,keywords\n\"N,1\",锂电池涂布良品率,\"厚度不均, 良品率低\",新能源与节能,锂电池；涂布\nN2,茶叶加工自动化,杀青揉捻,先进制造与自动化,茶叶\n");
            File.WriteAllText(achievements, "id,title,description,field,keywords,holder\nA1,锂离子电池面密度测控,涂布闭环控制,新能源与节能,锂离子电池,浙江大学\nA2,名优茶连续化加工,杀青理条,先进制造与自动化,名优茶,茶叶研究所\nA3,锂电池涂布模头,狭缝涂布,先进制造与自动化,涂布,温州大学\n");

            var rows = RecommendFiles.Run(needs, achievements, 2, output);
            var lines = File.ReadAllLines(output);

            Assert.Equal(4, rows);
            Assert.DoesNotContain(",0\n", string.Join("\n", lines.Take(4)) + "\n", StringComparison.Ordinal);
            Assert.Equal("need_id,rank,achievement_id,score", lines[0]);
            Assert.StartsWith("\"N,1\",1,", lines[1]);
            Assert.StartsWith("\"N,1\",2,", lines[2]);
            Assert.StartsWith("N2,1,A2,", lines[3]);
            Assert.Equal("N2,2,A3,0", lines[4]); // nothing else shares a word with N2: filled from its 技术领域
            Assert.Equal(5, lines.Length);

            File.Delete(output);
            File.WriteAllText(achievements, "id,title,description,field,keywords,holder\nA1,a,b,c,d,e\nA1,a,b,c,d,e\n");
            Assert.Throws<MatchCsvException>(() => RecommendFiles.Run(needs, achievements, 2, output));
            Assert.False(File.Exists(output));
            Assert.Equal(["a.csv", "n.csv"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
