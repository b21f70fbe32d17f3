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
        string[] expertColumns = ["expert_id", "organisation"], applicationColumns = ["application_id", "organisation", "partners"],
            candidateColumns = ["expert_id", "application_id", "affinity"], conflictColumns = ["expert_id", "application_id", "reason"];
        // Every header first, so missing columns in several files are reported together and no row is judged against a file that cannot be read.
        var expertPositions = Header(experts, expertColumns, problems);
        var applicationPositions = Header(applications, applicationColumns, problems);
        var candidatePositions = Header(candidates, candidateColumns, problems);
        var conflictPositions = conflicts is null ? [] : Header(conflicts, conflictColumns, problems);
        if (problems.Count > 0)
        {
            throw new AssignmentFileException(problems);
        }

        var expertList = new List<ReviewExpert>();
        var expertIds = new Dictionary<string, int>(StringComparer.Ordinal);
        Each(experts, expertPositions, problems, row =>
        {
            if (Required(experts, row, 0, "expert_id", problems) is { } id && Required(experts, row, 1, "organisation", problems) is { } organisation)
            {
                if (!expertIds.TryAdd(id, expertIds.Count))
                {
                    Add(problems, $"{Name(experts)} 第 {row.Line} 行 expert_id 列：专家编号 {id} 重复");
                }
                expertList.Add(new ReviewExpert(id, organisation));
            }
        });
        var applicationList = new List<ReviewApplication>();
        var applicationIds = new Dictionary<string, int>(StringComparer.Ordinal);
        Each(applications, applicationPositions, problems, row =>
        {
            if (Required(applications, row, 0, "application_id", problems) is { } id && Required(applications, row, 1, "organisation", problems) is { } organisation)
            {
                if (!applicationIds.TryAdd(id, applicationIds.Count))
                {
                    Add(problems, $"{Name(applications)} 第 {row.Line} 行 application_id 列：申报书编号 {id} 重复");
                }
                var partners = row.Fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                applicationList.Add(new ReviewApplication(id, organisation, partners));
            }
        });
        // The large files are checked as they stream: no row is kept beyond its record.
        var candidateList = new List<CandidatePair>();
        var pairs = new HashSet<long>();
        Each(candidates, candidatePositions, problems, row =>
        {
            if (Pair(candidates, row, expertIds, applicationIds, problems) is not { } pair)
            {
                return;
            }
            var text = row.Fields[2].AsSpan().Trim();
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var affinity))
            {
                Add(problems, $"{Name(candidates)} 第 {row.Line} 行 affinity 列：匹配度应为不小于 0 的整数，现为“{text}”");
            }
            else if (affinity < 0)
            {
                Add(problems, $"{Name(candidates)} 第 {row.Line} 行 affinity 列：匹配度不能为负数（{affinity}）");
            }
            else if (!pairs.Add(pair.Key))
            {
                Add(problems, $"{Name(candidates)} 第 {row.Line} 行：专家 {pair.Expert} 与申报书 {pair.Application} 的候选重复");
            }
            else
            {
                candidateList.Add(new CandidatePair(pair.Expert, pair.Application, affinity));
            }
        });
        var conflictList = new List<ReviewConflict>();
        var conflictPairs = new HashSet<long>();
        if (conflicts is not null)
        {
            Each(conflicts, conflictPositions, problems, row =>
            {
                if (Pair(conflicts, row, expertIds, applicationIds, problems) is not { } pair || Required(conflicts, row, 2, "reason", problems) is not { } reason)
                {
                    return;
                }
                if (!conflictPairs.Add(pair.Key))
                {
                    Add(problems, $"{Name(conflicts)} 第 {row.Line} 行：专家 {pair.Expert} 与申报书 {pair.Application} 的回避关系重复");
                }
                conflictList.Add(new ReviewConflict(pair.Expert, pair.Application, reason));
            });
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
    public static void Write(string path, IEnumerable<AssignedPair> pairs) => WriteThrough(path, "application_id,expert_id,affinity",
        pairs.Select(p => $"{Quote(p.ApplicationId)},{Quote(p.ExpertId)},{p.Affinity.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Writes `expert_id,application_id,reason` with the Chinese explanation of each excluded pair.</summary>
    public static void WriteExclusions(string path, IEnumerable<Exclusion> exclusions) => WriteThrough(path, "expert_id,application_id,reason",
        exclusions.Select(e => $"{Quote(e.ExpertId)},{Quote(e.ApplicationId)},{Quote(e.Explanation)}"));

    private static void WriteThrough(string path, string header, IEnumerable<string> lines)
    {
        var temporary = path + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16))
            {
                writer.Write(header + "\n");
                foreach (var line in lines)
                {
                    writer.Write(line + "\n");
                }
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw;
        }
    }

    internal sealed record Row(int Line, string[] Fields);

    private static (string Expert, string Application, long Key)? Pair(string file, Row row, Dictionary<string, int> experts, Dictionary<string, int> applications, List<string> problems)
    {
        var expert = Required(file, row, 0, "expert_id", problems);
        var application = Required(file, row, 1, "application_id", problems);
        var e = -1;
        var a = -1;
        if (expert is not null && !experts.TryGetValue(expert, out e))
        {
            Add(problems, $"{Name(file)} 第 {row.Line} 行 expert_id 列：专家编号 {expert} 不在专家文件中");
            expert = null;
        }
        if (application is not null && !applications.TryGetValue(application, out a))
        {
            Add(problems, $"{Name(file)} 第 {row.Line} 行 application_id 列：申报书编号 {application} 不在申报书文件中");
            application = null;
        }
        // a·E + e, not a << 32 | e: long's hash folds the halves together, and a ^ e would crowd every pair into a few thousand buckets.
        return expert is null || application is null ? null : (expert, application, (long)a * experts.Count + e);
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

    /// <summary>Where each of <paramref name="columns"/> sits in the file's header (any order, extra columns ignored); null after reporting why not.</summary>
    internal static int[]? Header(string path, string[] columns, List<string> problems)
    {
        string? first;
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            first = reader.ReadLine();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Add(problems, $"无法读取 {path}：{e.Message}");
            return null;
        }
        if (first is null)
        {
            Add(problems, $"{Name(path)}：文件为空，应有列名行 {string.Join(",", columns)}");
            return null;
        }
        var header = Split(first).Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var missing = columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            Add(problems, $"{Name(path)} 第 1 行：缺少列 {string.Join("、", missing)}（应有列：{string.Join(",", columns)}）");
            return null;
        }
        return columns.Select(c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
    }

    /// <summary>Each row after the header with its fields in the order of the columns asked for; blank lines are skipped.</summary>
    internal static void Each(string path, int[]? position, List<string> problems, Action<Row> row)
    {
        var line = 0;
        try
        {
            foreach (var text in File.ReadLines(path, Encoding.UTF8))
            {
                if (++line == 1 || string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }
                row(new Row(line, Pick(text, position!)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Add(problems, $"无法读取 {path}：{e.Message}");
        }
    }

    /// <summary>The asked-for fields of one line; without quotes, cut straight from the line (the files run to a million rows).</summary>
    private static string[] Pick(string text, int[] position)
    {
        var picked = new string[position.Length];
        if (text.Contains('"'))
        {
            var fields = Split(text);
            for (var c = 0; c < picked.Length; c++)
            {
                picked[c] = position[c] < fields.Count ? fields[position[c]] : "";
            }
            return picked;
        }
        Array.Fill(picked, "");
        var span = text.AsSpan();
        var index = 0;
        for (var start = 0; start <= span.Length; index++)
        {
            var comma = span[start..].IndexOf(',');
            var end = comma < 0 ? span.Length : start + comma;
            var column = Array.IndexOf(position, index);
            while (column >= 0)
            {
                picked[column] = text[start..end];
                column = Array.IndexOf(position, index, column + 1);
            }
            start = end + 1;
        }
        return picked;
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
