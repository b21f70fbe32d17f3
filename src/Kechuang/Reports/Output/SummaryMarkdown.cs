using System.Text;

namespace Kechuang.Reports.Output;

/// <summary>
/// The work summary as GitHub-flavoured Markdown, in the same order as the .docx. Every text from the model is escaped,
/// so staff text like "&lt;script&gt;" or "**x**" reads literally wherever the Markdown is shown.
/// </summary>
public static class SummaryMarkdown
{
    public const string ContentType = "text/markdown; charset=utf-8";

    public static string Render(SummaryDocument doc, bool appendix)
    {
        appendix = appendix && doc.Figures.Count > 0;
        var md = new StringBuilder();
        md.Append("# ").Append(Line(doc.Title)).Append("\n\n");
        foreach (var paragraph in doc.Overview)
        {
            md.Append(Block(paragraph.Text)).Append("\n\n");
        }
        foreach (var part in SummaryOutline.Parts(doc))
        {
            md.Append("## ").Append(Line(part.Heading)).Append("\n\n");
            if (part.Indicators.Count > 0)
            {
                md.Append(Block(SummaryOutline.IndicatorCaption(doc))).Append("\n\n");
                Table(md, [SummaryOutline.IndicatorHeader, .. part.Indicators.Select(SummaryOutline.IndicatorCells)]);
                // Markdown draws no chart: each is its caption, its figures as a table and its note.
                for (var i = 0; i < doc.Charts.Count; i++)
                {
                    md.Append(Block(SummaryOutline.ChartCaption(doc.Charts[i], i))).Append("\n\n");
                    Table(md, SummaryOutline.ChartRows(doc.Charts[i]));
                    md.Append(Block(doc.Charts[i].Note)).Append("\n\n");
                }
            }
            foreach (var section in part.Sections)
            {
                md.Append("### ").Append(Line(section.Heading)).Append("\n\n");
                foreach (var paragraph in section.Paragraphs)
                {
                    md.Append(Block(paragraph.Text)).Append("\n\n");
                }
                if (section.Table is { } table)
                {
                    Table(md, SummaryOutline.Cells(table));
                }
            }
            foreach (var paragraph in part.Paragraphs)
            {
                md.Append(Block(paragraph.Text)).Append("\n\n");
            }
        }
        if (appendix)
        {
            md.Append(Block(SummaryOutline.AppendixNote)).Append("\n\n");
        }
        md.Append(Block(doc.Author)).Append("\n\n").Append(Block(doc.DateLine)).Append('\n');
        if (appendix)
        {
            md.Append("\n## ").Append(Line("附件：" + SummaryOutline.AppendixName)).Append("\n\n");
            Table(md, [SummaryOutline.AppendixHeader, .. SummaryOutline.AppendixRows(doc)]);
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Table(StringBuilder md, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        void Row(IEnumerable<string> cells) => md.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        Row(rows[0].Select(Line));
        Row(rows[0].Select(_ => "---"));
        foreach (var row in rows.Skip(1))
        {
            Row(Enumerable.Range(0, rows[0].Count).Select(c => c < row.Count ? Line(row[c]) : ""));
        }
        md.Append('\n');
    }

    /// <summary>A paragraph: each line escaped, line breaks kept as hard breaks.</summary>
    private static string Block(string text) =>
        string.Join("\\\n", text.Replace("\r\n", "\n").Split('\n').Select(Line));

    /// <summary>
    /// One line that starts nothing and marks nothing up: inline markers and the HTML and entity starters escaped
    /// everywhere, list, heading and rule markers at the start. Leading blanks go, as a Markdown reader drops them too
    /// (left, four would start a code block, where the escapes would show).
    /// </summary>
    internal static string Line(string text)
    {
        var line = new StringBuilder();
        foreach (var c in text.Replace('\n', ' ').Replace('\r', ' ').TrimStart(' ', '\t'))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#' or '!')
            {
                line.Append('\\');
            }
            line.Append(c);
        }
        // "- x", "+ x", "---" and "===" start a list, a rule or a heading; "-5%" does not and stays readable.
        if (line.Length > 0 && line[0] is '-' or '+' or '=' && (MarkerEnds(line, 1) || line.ToString().All(c => c is '-' or '=' or ' ')))
        {
            line.Insert(0, '\\');
        }
        // "2026. x" or "1)" would start an ordered list; "21.49亿元" would not.
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }
        if (digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')' && MarkerEnds(line, digits + 1))
        {
            line.Insert(digits, '\\');
        }
        return line.ToString();
    }

    private static bool MarkerEnds(StringBuilder line, int at) => at >= line.Length || line[at] is ' ' or '\t';
}
