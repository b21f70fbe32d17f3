using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kechuang.Common;
using Kechuang.Reports.Output;
using static Kechuang.Reports.Output.GbtDocx;

namespace Kechuang.Projects.Execution;

/// <summary>
/// The 任务书 (project contract, docs/domain.md §6.6) as a Word document in the house layout (GB/T 9704 fonts and page):
/// the project's particulars, content, schedule, team, the approved budget line by line, the two parties' duties and
/// the signature blocks. Built from the project as it stands, so after an approved change it prints the new terms.
/// </summary>
internal static class TaskBookDocx
{
    public static byte[] Render(ExecutionDto p, string? summary, IReadOnlyList<Applications.MemberRequest> team, string bureau)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = $"{p.Title} 任务书";
            word.PackageProperties.Creator = bureau;
            var main = word.AddMainDocumentPart();
            var section = GbtPage.Setup(main);
            main.Document = new Document(new Body([.. Content(p, summary, team, bureau), section]));
        }
        return stream.ToArray();
    }

    private static List<OpenXmlElement> Content(ExecutionDto p, string? summary, IReadOnlyList<Applications.MemberRequest> team, string bureau)
    {
        var body = Font(Fangsong, Sanhao);
        var heading = Font(Heiti, Sanhao);
        var none = new HashSet<int>();
        var content = new List<OpenXmlElement>
        {
            Paragraph(Centred(700), Font(Xiaobiaosong, Erhao), $"{p.Year}年度{p.Programme}科技计划项目"),
            Paragraph(Centred(700), Font(Xiaobiaosong, Erhao), "任务书"),
            Paragraph(Body(), body),
            GbtTable.Build(
            [
                ["项目", "内容"],
                ["项目名称", p.Title],
                ["承担单位", p.EnterpriseName],
                ["项目负责人", p.Leader ?? ""],
                ["执行期限", p.StartOn is { } s && p.EndOn is { } e ? $"{Zh.Date(s)}至{Zh.Date(e)}" : ""],
                ["立项文号", p.ApprovalDocument ?? ""],
                ["下达专项经费", Zh.Wan(p.ApprovedFunding)],
                ["项目管理部门", bureau],
            ], new HashSet<int> { 1 }),
            Paragraph(Heading(0), heading, "一、项目主要内容和目标"),
        };
        content.AddRange((string.IsNullOrWhiteSpace(summary) ? "（见申报书）" : summary).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => Paragraph(Body(), body, line)));
        content.Add(Paragraph(Heading(0), heading, "二、进度安排"));
        content.Add(GbtTable.Build([["完成时间", "内容"], .. p.Milestones.Select(m => (IReadOnlyList<string>)[m.DueOn is { } due ? Zh.Date(due) : "", m.Content ?? ""])], new HashSet<int> { 1 }));
        content.Add(Paragraph(Heading(0), heading, "三、项目组成员"));
        content.Add(GbtTable.Build([["姓名", "职称", "分工"], .. team.Select(m => (IReadOnlyList<string>)[m.Name ?? "", m.Title ?? "", m.Role ?? ""])], new HashSet<int> { 2 }));
        content.Add(Paragraph(Heading(0), heading, "四、经费预算（万元）"));
        content.Add(GbtTable.Build(
        [
            ["预算科目", "申请专项经费", "核定专项经费", "自筹经费"],
            .. p.Budget.Select(b => (IReadOnlyList<string>)[b.Category, Wan(b.Special), Wan(b.Approved), Wan(b.Own)]),
            ["合计", Wan(p.Budget.Sum(b => b.Special)), Wan(p.Budget.Sum(b => b.Approved)), Wan(p.Budget.Sum(b => b.Own))],
        ], none));
        content.Add(Paragraph(Heading(0), heading, "五、双方责任"));
        foreach (var duty in Duties)
        {
            content.Add(Paragraph(Body(), body, duty));
        }
        content.Add(Paragraph(Body(), body));
        content.Add(Paragraph(Flush(false), body, $"项目管理部门（盖章）：{bureau}"));
        content.Add(Paragraph(Flush(false), body, $"项目承担单位（盖章）：{p.EnterpriseName}"));
        content.Add(Paragraph(Flush(false), body, $"项目负责人（签字）：{p.Leader}"));
        content.Add(Paragraph(Flush(false), body, $"签订日期：{(p.TaskBookSignedOn is { } d ? Zh.Date(d) : "    年  月  日")}"));
        return content;
    }

    /// <summary>The standard duties of a county 任务书, after the plan management measures (docs/domain.md §6.6).</summary>
    private static readonly string[] Duties =
    [
        "（一）承担单位按本任务书组织实施，按进度提交中期报告，执行期满后三个月内申请验收，并提交经费决算。",
        "（二）专项经费专款专用，单独核算；预算调剂、延期和更换项目负责人须报项目管理部门批准。",
        "（三）项目管理部门按进度分期拨付专项经费，组织中期检查和验收。",
        "（四）项目验收不通过或无正当理由终止的，承担单位在规定年限内不得申报本部门科技计划项目。",
    ];

    private static string Wan(decimal yuan) => (yuan / 10_000m).ToString("N2", Zh.Culture);
}
