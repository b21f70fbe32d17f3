namespace Kechuang.E2E.Tests;

/// <summary>The executable's commands and its answers to a database it cannot use.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task Serve_PostgresDown_RetriesThenSaysSoAndExitsNonZero()
    {
        var (code, output, error) = await KechuangProcess.RunAsync("serve", "--db", "Host=127.0.0.1;Port=1;Database=kechuang;Username=u;Password=p",
            "--urls", $"http://127.0.0.1:{KechuangProcess.FreePort()}", "--Kechuang:StartupRetrySeconds=3");

        Assert.Equal(2, code);
        Assert.Contains("数据库暂不可达", output + error);
        Assert.Contains("无法连接 PostgreSQL 数据库", error);
        Assert.Contains("放弃启动", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Serve_UnwritableDatabasePath_SaysSoAndExitsNonZero()
    {
        var (code, _, error) = await KechuangProcess.RunAsync("serve", "--db", "/proc/kechuang/kechuang.db", "--urls", $"http://127.0.0.1:{KechuangProcess.FreePort()}");

        Assert.Equal(2, code);
        Assert.Contains("无法写入数据库文件", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task MigrateCreateUserResetPasswordAndBackup_WorkOnSqlite()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-cli-").FullName;
        try
        {
            var db = Path.Combine(dir, "k.db");
            var backup = Path.Combine(dir, "backup", "k-backup.db");

            var migrate = await KechuangProcess.RunAsync("migrate", "--db", db);
            var create = await KechuangProcess.RunAsync("admin", "create-user", "--db", db, "--user", "py_staff2", "--name", "李明", "--role", "staff", "--region", "330326");
            var duplicate = await KechuangProcess.RunAsync("admin", "create-user", "--db", db, "--user", "py_staff2", "--region", "330326");
            var reset = await KechuangProcess.RunAsync("admin", "reset-password", "--db", db, "--user", "py_staff2", "--password", "NewPass-2026");
            var copy = await KechuangProcess.RunAsync("backup", "--db", db, "--out", backup);
            var again = await KechuangProcess.RunAsync("backup", "--db", db, "--out", backup);

            Assert.True(migrate.Code == 0, migrate.Error);
            Assert.Contains("载入行政区划", migrate.Out);
            Assert.True(create.Code == 0, create.Error);
            Assert.Contains("初始密码", create.Out);
            Assert.Equal(1, duplicate.Code);
            Assert.Contains("已被使用", duplicate.Error);
            Assert.True(reset.Code == 0, reset.Error);
            Assert.True(copy.Code == 0, copy.Error);
            Assert.True(new FileInfo(backup).Length > 1_000_000); // the regions alone are megabytes
            Assert.Equal(2, again.Code);
            Assert.Contains("已存在", again.Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task ImportIndicators_ReportsBadCells_ThenImportsTheMonth()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-cli-").FullName;
        try
        {
            var db = Path.Combine(dir, "k.db");
            var bad = Path.Combine(dir, "bad.xlsx");
            var good = Path.Combine(dir, "good.xlsx");
            MiniExcelLibs.MiniExcel.SaveAs(bad, new[]
            {
                new Dictionary<string, object?> { ["地区代码"] = "330326", ["全社会R&D经费投入（亿元）"] = "九点二", ["专利申请量"] = 1200 },
            });
            MiniExcelLibs.MiniExcel.SaveAs(good, new[]
            {
                new Dictionary<string, object?> { ["地区代码"] = "330326", ["全社会R&D经费投入（亿元）"] = 9.2, ["专利申请量"] = 1200 },
                new Dictionary<string, object?> { ["地区代码"] = "330327", ["全社会R&D经费投入（亿元）"] = 7.5, ["专利申请量"] = null },
            });

            Assert.Equal(0, (await KechuangProcess.RunAsync("migrate", "--db", db)).Code);
            var rejected = await KechuangProcess.RunAsync("import", "indicators", bad, "--db", db, "--year", "2025", "--month", "6");
            var imported = await KechuangProcess.RunAsync("import", "indicators", good, "--db", db, "--year", "2025", "--month", "6");
            var noMonth = await KechuangProcess.RunAsync("import", "indicators", good, "--db", db, "--year", "2025", "--month", "13");

            Assert.Equal(1, rejected.Code);
            Assert.Contains("不是数字", rejected.Out);
            Assert.Contains("未写入任何数据", rejected.Out);
            Assert.True(imported.Code == 0, imported.Error + imported.Out);
            Assert.Contains("新增 3", imported.Out);
            Assert.Equal(2, noMonth.Code);
            Assert.Contains("1–12", noMonth.Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task MatchRecommend_WritesKRowsPerNeed_AndRefusesBadFilesWithoutWriting()
    {
        var dir = Directory.CreateTempSubdirectory("kechuang-cli-").FullName;
        try
        {
            var needs = Path.Combine(dir, "needs.csv");
            var achievements = Path.Combine(dir, "achievements.csv");
            var duplicates = Path.Combine(dir, "dup.csv");
            var output = Path.Combine(dir, "out", "recommend.csv");
            File.WriteAllText(needs, "id,title,description,field,keywords\nN1,吹膜薄膜瑕疵自动识别,\"晶点、黑点, 破洞靠人工目测\",电子信息,图像识别；瑕疵\nN2,提高锂电池极片涂布良品率,厚度不均,新能源与节能,锂电池;涂布\n");
            File.WriteAllText(achievements, "id,title,description,field,keywords,holder\nA1,基于机器视觉的卷材表面缺陷在线检测系统,线阵相机与深度学习,电子信息,机器视觉；缺陷检测,杭州电子科技大学\nA2,锂离子电池极片面密度在线测控技术,\"成品率提升5个百分点, 闭环控制\",新能源与节能,锂离子电池,浙江大学\nA3,茶园病虫害绿色防控,色板诱杀,生物与新医药,茶园,浙江农林大学\n");
            File.WriteAllText(duplicates, "id,title,description,field,keywords,holder\nA1,a,b,c,d,e\nA1,a,b,c,d,e\n");

            var ok = await KechuangProcess.RunAsync("match", "recommend", "--needs", needs, "--achievements", achievements, "--top", "2", "--out", output);
            var lines = File.ReadAllLines(output);
            var missing = await KechuangProcess.RunAsync("match", "recommend", "--needs", achievements, "--achievements", needs, "--out", Path.Combine(dir, "x.csv"));
            var duplicate = await KechuangProcess.RunAsync("match", "recommend", "--needs", needs, "--achievements", duplicates, "--out", Path.Combine(dir, "y.csv"));
            var noOut = await KechuangProcess.RunAsync("match", "recommend", "--needs", needs, "--achievements", achievements);

            Assert.True(ok.Code == 0, ok.Error);
            Assert.Contains("已写入 4 行推荐", ok.Out);
            Assert.Equal(5, lines.Length);
            Assert.Equal("need_id,rank,achievement_id,score", lines[0]);
            Assert.StartsWith("N1,1,A1,", lines[1]);
            Assert.StartsWith("N1,2,", lines[2]);
            Assert.StartsWith("N2,1,A2,", lines[3]);
            Assert.StartsWith("N2,2,", lines[4]);
            Assert.Equal(2, missing.Code);
            Assert.Contains("needs.csv 第 1 行：缺少列 holder", missing.Error);
            Assert.Equal(2, duplicate.Code);
            Assert.Contains("dup.csv 第 3 行，id 列：编号 A1 与第 2 行重复", duplicate.Error);
            Assert.Contains("未写入任何结果", duplicate.Error);
            Assert.Equal(2, noOut.Code);
            Assert.Contains("缺少必需的选项：--out", noOut.Error);
            Assert.False(File.Exists(Path.Combine(dir, "x.csv")));
            Assert.False(File.Exists(Path.Combine(dir, "y.csv")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
