using System.Globalization;
using System.Text;

namespace Kechuang.Projects.Assignment;

/// <summary>Everything wrong with the input files, one line each naming file, row and column.</summary>
public sealed class AssignmentFileException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Reads the CLI's files (UTF-8 CSV with a header row; docs/domain.md § 科技计划项目 — 评审专家分配) into a problem,
/// checking every row first: unknown ids, duplicate rows, a negative or non-integer affinity and missing columns
/// are reported together, with file, row (the header is row 1) and column, and nothing is assigned.
/// </summary>
public static class ReadAssignmentFiles
{
    private const int MaxProblems = 50;

    public static AssignmentProblem Handle(string experts, string applications, string candidates, string? conflicts, int perApplication, int maxPerExpert)
    {
        var problems = new List<string>();
        var expertRows = Read(experts, ["expert_id", "organisation"], problems);
        var applicationRows = Read(applications, ["application_id", "organisation", "partners"], problems);
        var candidateRows = Read(candidates, ["expert_id", "application_id", "affinity"], problems);
        var conflictRows = conflicts is null ? [] : Read(conflicts, ["expert_id", "application_id", "reason"], problems);
        if (problems.Count > 0)
        {
            throw new AssignmentFileException(problems);
        }

        var expertList = new List<ReviewExpert>(expertRows.Count);
        var expertIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in expertRows)
        {
            if (Required(experts, row, 0, "expert_id", problems) is { } id && Required(experts, row, 1, "organisation", problems) is { } organisation)
            {
                if (!expertIds.Add(id))
                {
                    Add(problems, $"{Name(experts)} 第 {row.Line} 行 expert_id 列：专家编号 {id} 重复");
                }
                expertList.Add(new ReviewExpert(id, organisation));
            }
        }
        var applicationList = new List<ReviewApplication>(applicationRows.Count);
        var applicationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in applicationRows)
        {
            if (Required(applications, row, 0, "application_id", problems) is { } id && Required(applications, row, 1, "organisation", problems) is { } organisation)
            {
                if (!applicationIds.Add(id))
                {
                    Add(problems, $"{Name(applications)} 第 {row.Line} 行 application_id 列：申报书编号 {id} 重复");
                }
                var partners = row.Fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                applicationList.Add(new ReviewApplication(id, organisation, partners));
            }
        }
        var candidateList = new List<CandidatePair>(candidateRows.Count);
        var pairs = new HashSet<(string, string)>(candidateRows.Count);
        foreach (var row in candidateRows)
        {
            if (Pair(candidates, row, expertIds, applicationIds, problems) is not { } pair)
            {
                continue;
            }
            var text = row.Fields[2].Trim();
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var affinity))
            {
                Add(problems, $"{Name(candidates)} 第 {row.Line} 行 affinity 列：匹配度应为不小于 0 的整数，现为“{text}”");
            }
            else if (affinity < 0)
            {
                Add(problems, $"{Name(candidates)} 第 {row.Line} 行 affinity 列：匹配度不能为负数（{affinity}）");
            }
            else if (!pairs.Add(pair))
            {
                Add(problems, $"{Name(candidates)} 第 {row.Line} 行：专家 {pair.Item1} 与申报书 {pair.Item2} 的候选重复");
            }
            else
            {
                candidateList.Add(new CandidatePair(pair.Item1, pair.Item2, affinity));
            }
        }
        var conflictList = new List<ReviewConflict>(conflictRows.Count);
        var conflictPairs = new HashSet<(string, string)>();
        foreach (var row in conflictRows)
        {
            if (Pair(conflicts!, row, expertIds, applicationIds, problems) is not { } pair)
            {
                continue;
            }
            if (Required(conflicts!, row, 2, "reason", problems) is not { } reason)
            {
                continue;
            }
            if (!conflictPairs.Add(pair))
            {
                Add(problems, $"{Name(conflicts!)} 第 {row.Line} 行：专家 {pair.Item1} 与申报书 {pair.Item2} 的回避关系重复");
            }
            conflictList.Add(new ReviewConflict(pair.Item1, pair.Item2, reason));
        }
        if (problems.Count > 0)
        {
            if (problems.Count >= MaxProblems)
            {
                problems.Add($"……错误较多，只列出前 {MaxProblems} 条");
            }
            throw new AssignmentFileException(problems);
        }
        return new AssignmentProblem(expertList, applicationList, candidateList, conflictList, perApplication, maxPerExpert);
    }

    /// <summary>Writes `application_id,expert_id,affinity` with a header, through a temporary file so a failed write leaves nothing behind.</summary>
    public static void Write(string path, IEnumerable<AssignedPair> pairs)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.Write("application_id,expert_id,affinity\n");
            foreach (var pair in pairs)
            {
                writer.Write($"{Quote(pair.ApplicationId)},{Quote(pair.ExpertId)},{pair.Affinity.ToString(CultureInfo.InvariantCulture)}\n");
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes `expert_id,application_id,reason` with the Chinese explanation of each excluded pair.</summary>
    public static void WriteExclusions(string path, IEnumerable<Exclusion> exclusions)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.Write("expert_id,application_id,reason\n");
            foreach (var exclusion in exclusions)
            {
                writer.Write($"{Quote(exclusion.ExpertId)},{Quote(exclusion.ApplicationId)},{Quote(exclusion.Explanation)}\n");
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    internal sealed record Row(int Line, string[] Fields);

    private static (string, string)? Pair(string file, Row row, HashSet<string> experts, HashSet<string> applications, List<string> problems)
    {
        var expert = Required(file, row, 0, "expert_id", problems);
        var application = Required(file, row, 1, "application_id", problems);
        if (expert is not null && !experts.Contains(expert))
        {
            Add(problems, $"{Name(file)} 第 {row.Line} 行 expert_id 列：专家编号 {expert} 不在专家文件中");
            expert = null;
        }
        if (application is not null && !applications.Contains(application))
        {
            Add(problems, $"{Name(file)} 第 {row.Line} 行 application_id 列：申报书编号 {application} 不在申报书文件中");
            application = null;
        }
        return expert is null || application is null ? null : (expert, application);
    }

    private static string? Required(string file, Row row, int index, string column, List<string> problems)
    {
        var value = row.Fields[index].Trim();
        if (value.Length > 0)
        {
            return value;
        }
        Add(problems, $"{Name(file)} 第 {row.Line} 行 {column} 列：不能为空");
        return null;
    }

    /// <summary>The rows with their fields in the order of <paramref name="columns"/>; columns may come in any order, extra ones are ignored.</summary>
    internal static List<Row> Read(string path, string[] columns, List<string> problems)
    {
        var rows = new List<Row>();
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Add(problems, $"无法读取 {path}：{e.Message}");
            return rows;
        }
        int[]? position = null;
        var line = 0;
        try
        {
            foreach (var text in lines)
            {
                line++;
                if (position is null)
                {
                    var header = Split(text).Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
                    var missing = columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
                    if (missing.Count > 0)
                    {
                        Add(problems, $"{Name(path)} 第 1 行：缺少列 {string.Join("、", missing)}（应有列：{string.Join(",", columns)}）");
                        return rows;
                    }
                    position = columns.Select(c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
                    continue;
                }
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }
                var fields = Split(text);
                var picked = new string[columns.Length];
                for (var c = 0; c < columns.Length; c++)
                {
                    picked[c] = position[c] < fields.Count ? fields[position[c]] : "";
                }
                rows.Add(new Row(line, picked));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Add(problems, $"无法读取 {path}：{e.Message}");
        }
        if (position is null)
        {
            Add(problems, $"{Name(path)}：文件为空，应有列名行 {string.Join(",", columns)}");
        }
        return rows;
    }

    /// <summary>One CSV line: commas separate, double quotes enclose a field that holds commas or quotes ("" for one quote).</summary>
    internal static List<string> Split(string line)
    {
        var fields = new List<string>(4);
        if (!line.Contains('"'))
        {
            fields.AddRange(line.Split(','));
            return fields;
        }
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string Name(string path) => Path.GetFileName(path);

    private static void Add(List<string> problems, string problem)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(problem);
        }
    }
}
