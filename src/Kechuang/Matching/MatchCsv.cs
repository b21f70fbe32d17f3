using System.Text;

namespace Kechuang.Matching;

/// <summary>A CSV file that cannot be used: every problem with its file, row and column, in Chinese.</summary>
public sealed class MatchCsvException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// The files of `kechuang match recommend` (README "The `kechuang` command"): UTF-8 CSV with a header, needs
/// id,title,description,field,keywords and achievements the same plus holder; keywords separated by ；or ;. An
/// optional region column is read when present; other extra columns are ignored. RFC 4180 quoting (commas, quotes
/// and line breaks inside quoted fields). Rows are numbered as a spreadsheet shows them: the header is row 1.
/// </summary>
public static class MatchCsv
{
    public static IReadOnlyList<string> NeedColumns { get; } = ["id", "title", "description", "field", "keywords"];

    public static IReadOnlyList<string> AchievementColumns { get; } = ["id", "title", "description", "field", "keywords", "holder"];

    /// <summary>Problems reported at most: a wrong file is clear after a screenful.</summary>
    private const int MaxProblems = 20;

    /// <summary>Reads needs or achievements (kind decides the columns); any problem throws with all of them.</summary>
    public static IReadOnlyList<MatchRecord> Read(string path, MatchKind kind)
    {
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw new MatchCsvException([$"{name}：不是 UTF-8 编码的文本文件"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MatchCsvException([$"{name}：无法读取（{e.Message}）"]);
        }
        return Parse(name, text, kind);
    }

    public static IReadOnlyList<MatchRecord> Parse(string name, string text, MatchKind kind)
    {
        var required = kind == MatchKind.Need ? NeedColumns : AchievementColumns;
        var problems = new List<string>();
        var rows = Rows(name, text.TrimStart('\uFEFF'), problems);
        if (rows.Count == 0 || rows[0].Fields.All(string.IsNullOrWhiteSpace))
        {
            throw new MatchCsvException([.. problems, $"{name} 第 1 行：缺少表头（应为 {string.Join(",", required)}）"]);
        }
        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new MatchCsvException([$"{name} 第 1 行：缺少列 {string.Join("、", missing)}（应有 {string.Join(",", required)}）"]);
        }
        int Column(string column) => header.IndexOf(column);
        var region = Column("region");
        var records = new List<MatchRecord>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, fields) in rows.Skip(1))
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (fields.Count != header.Count)
            {
                problems.Add($"{name} 第 {row} 行：有 {fields.Count} 列，表头有 {header.Count} 列（含逗号的内容请用英文双引号括起来）");
                continue;
            }
            string Value(string column) => fields[Column(column)].Trim();
            var id = Value("id");
            if (id.Length == 0)
            {
                problems.Add($"{name} 第 {row} 行，id 列：编号为空");
            }
            else if (!firstRow.TryAdd(id, row))
            {
                problems.Add($"{name} 第 {row} 行，id 列：编号 {id} 与第 {firstRow[id]} 行重复");
            }
            else if (Value("title").Length == 0)
            {
                problems.Add($"{name} 第 {row} 行，title 列：标题为空");
            }
            else
            {
                records.Add(new MatchRecord(id, kind, Value("title"), Value("description"), Value("field"),
                    MatchRecord.SplitKeywords(Value("keywords")), kind == MatchKind.Need ? "" : Value("holder"),
                    region >= 0 ? Value("region") : ""));
            }
            if (problems.Count >= MaxProblems)
            {
                problems.Add($"{name}：问题过多，只列出前 {MaxProblems} 个");
                break;
            }
        }
        if (problems.Count > 0)
        {
            throw new MatchCsvException(problems);
        }
        return records;
    }

    /// <summary>One CSV field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value != value.Trim() ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    /// <summary>RFC 4180 records with the row each starts on; an unclosed quote is a problem of that row.</summary>
    private static List<(int Row, List<string> Fields)> Rows(string name, string text, List<string> problems)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (row, line, i) = (1, 1, 0);
        var quotedStart = 0;
        var inQuotes = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }
                if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append(c);
                }
                i++;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 || field.ToString().Trim().Length == 0:
                    field.Clear();
                    inQuotes = true;
                    quotedStart = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add((row, fields));
                    fields = [];
                    row = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
            i++;
        }
        if (inQuotes)
        {
            problems.Add($"{name} 第 {quotedStart} 行：引号未闭合");
        }
        if (fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            rows.Add((row, fields));
        }
        return rows;
    }
}
