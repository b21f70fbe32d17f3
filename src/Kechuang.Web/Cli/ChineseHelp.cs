using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Kechuang.Web.Cli;

/// <summary>
/// The help text, written from the command tree: System.CommandLine 2.0 no longer lets its own headings
/// ("Usage:", "Options:") be replaced, and the people reading this read Chinese.
/// </summary>
internal static class ChineseHelp
{
    public const string HelpDescription = "显示帮助和用法信息";
    public const string VersionDescription = "显示版本信息";

    /// <summary>Puts Chinese help behind -h/--help/-? and Chinese descriptions on the built-in options.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = HelpDescription;
                    help.Action = new Action();
                    break;
                case VersionOption version:
                    version.Description = VersionDescription;
                    break;
            }
        }
    }

    public static void Write(Command command, TextWriter output)
    {
        if (!string.IsNullOrEmpty(command.Description))
        {
            output.WriteLine(command.Description);
            output.WriteLine();
        }
        var path = Path(command);
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = Options(command).ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();

        output.WriteLine("用法：");
        if (command.Action is not null)
        {
            var usage = string.Concat(arguments.Select(a => " " + ArgumentLabel(a)));
            output.WriteLine($"  {path}{usage}{(options.Count > 0 ? " [选项]" : "")}");
        }
        if (subcommands.Count > 0)
        {
            output.WriteLine($"  {path} <命令> [选项]");
        }
        if (arguments.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("参数：");
            WriteRows(output, arguments.Select(a => (ArgumentLabel(a), a.Description ?? "")).ToList());
        }
        if (options.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("选项：");
            WriteRows(output, options.Select(o => (OptionLabel(o), Describe(o))).ToList());
        }
        if (subcommands.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("命令：");
            WriteRows(output, subcommands.Select(c => (c.Name, c.Description ?? "")).ToList());
            output.WriteLine();
            output.WriteLine($"用 {path} <命令> --help 查看各命令的说明。");
        }
    }

    /// <summary>`kechuang import enterprises`: the words typed to reach the command.</summary>
    public static string Path(Command command)
    {
        var words = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            words.Insert(0, c is RootCommand ? "kechuang" : c.Name);
        }
        return string.Join(' ', words);
    }

    /// <summary>The command's own options, then those its ancestors share with it (--help), help and version last.</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = command.Parents.OfType<Command>()
            .SelectMany(Ancestors)
            .SelectMany(c => c.Options.Where(o => o.Recursive && !o.Hidden));
        return own.Concat(inherited).Distinct().OrderBy(o => o is HelpOption or VersionOption ? 1 : 0);
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return c;
        }
    }

    private static string ArgumentLabel(Argument argument) => $"<{argument.HelpName ?? argument.Name}>";

    private static string OptionLabel(Option option)
    {
        // The Windows spellings (/h, /?) are accepted but not advertised.
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => n.StartsWith('-')).Distinct().OrderBy(n => n.Length));
        if (option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool))
        {
            return names;
        }
        var value = option.HelpName ?? ValueLabel(option.ValueType);
        return option.Arity.MaximumNumberOfValues > 1 ? $"{names} <{value}>…" : $"{names} <{value}>";
    }

    private static string ValueLabel(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        return element == typeof(int) ? "整数"
            : element == typeof(FileInfo) ? "文件"
            : element == typeof(DirectoryInfo) ? "目录"
            : "值";
    }

    private static string Describe(Option option) =>
        option.Required ? $"{option.Description}（必填）" : option.Description ?? "";

    private static void WriteRows(TextWriter output, IReadOnlyList<(string First, string Second)> rows)
    {
        var width = rows.Max(r => Width(r.First));
        foreach (var (first, second) in rows)
        {
            output.WriteLine($"  {first}{new string(' ', width - Width(first) + 3)}{second}".TrimEnd());
        }
    }

    /// <summary>Columns as a terminal draws them: a Chinese character takes two cells.</summary>
    internal static int Width(string text) => text.Sum(c => c >= '\u1100' && (c <= '\u115f' || c >= '\u2e80') && !(c >= '\ud800' && c <= '\udfff') ? 2 : 1);

    private sealed class Action : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return 0;
        }
    }
}
