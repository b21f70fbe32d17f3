using System.CommandLine;
using System.CommandLine.Parsing;
using System.Reflection;

namespace Kechuang.Web.Cli;

/// <summary>
/// What is wrong with a command line, in Chinese. Anything not understood is an error: a mistyped command must not
/// start a server or create a database.
/// </summary>
internal static class CommandLineErrors
{
    // ASP.NET's own host settings (--environment=…, --contentRoot=…); WebApplicationFactory passes these, and
    // the ASPNETCORE_ variables it sees, to the entry point in this form.
    private static readonly HashSet<string> HostKeys = typeof(WebHostDefaults).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Concat(typeof(HostDefaults).GetFields(BindingFlags.Public | BindingFlags.Static))
        .Select(f => f.GetValue(null)).OfType<string>()
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A setting for the web host, accepted where the command serves: `--key=value` with an ASP.NET host key or a
    /// configuration path (`--Logging:LogLevel:Default=Debug`). A bare `--foo` or `--prot=8080` is a typo.
    /// WebApplicationFactory also passes each section above its settings empty (`--Kechuang=` beside `--Kechuang:Database=…`).
    /// </summary>
    public static bool IsHostSetting(string token, IReadOnlyList<string> tokens)
    {
        var equals = token.IndexOf('=');
        if (!token.StartsWith("--", StringComparison.Ordinal) || equals < 3)
        {
            return false;
        }
        var key = token[2..equals];
        return key.Contains(':') || HostKeys.Contains(key)
            || (equals == token.Length - 1 && tokens.Any(t => t.StartsWith($"--{key}:", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>One line per problem; empty when the command line can run.</summary>
    public static IReadOnlyList<string> Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var problems = new List<string>();
        foreach (var token in result.UnmatchedTokens)
        {
            if (command.TreatUnmatchedTokensAsErrors || !IsHostSetting(token, result.UnmatchedTokens))
            {
                problems.Add(token.StartsWith('-') ? $"未知的选项：{token}"
                    : command.Subcommands.Count > 0 && command.Arguments.Count == 0 ? $"未知的命令：{token}"
                    : $"多余的参数：{token}");
            }
        }
        if (command.Action is null && command.Subcommands.Count > 0 && problems.Count == 0)
        {
            problems.Add($"请指定要执行的命令：{string.Join("、", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}");
        }
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0))
        {
            if (result.GetResult(argument) is not { Tokens.Count: > 0 })
            {
                problems.Add($"缺少必需的参数：{argument.Name}");
            }
        }
        foreach (var option in command.Options.Where(o => o.Required && !o.HasDefaultValue && result.GetResult(o) is not OptionResult { Implicit: false }))
        {
            problems.Add($"缺少必需的选项：{option.Name}");
        }
        var structural = problems.Count;
        foreach (var error in result.Errors)
        {
            if (Value(error.SymbolResult) is { } problem)
            {
                problems.Add(problem);
            }
            else if (structural == 0 || error.SymbolResult is not (null or CommandResult))
            {
                // Not one of the cases above: System.CommandLine's own wording, from its zh-Hans resources.
                problems.Add(error.Message);
            }
        }
        return problems.Distinct().ToList();
    }

    /// <summary>A value that is missing or does not convert: `--year abc`, `--month` at the end of the line.</summary>
    private static string? Value(SymbolResult? result)
    {
        if (result is ArgumentResult { Parent: OptionResult parent })
        {
            result = parent;
        }
        return result switch
        {
            OptionResult { Implicit: true } o => $"缺少必需的选项：{o.Option.Name}",
            OptionResult { Option.Arity.MaximumNumberOfValues: > 0 } o when o.Tokens.Count == 0 => $"选项 {o.Option.Name} 缺少值",
            OptionResult { Option.Arity.MaximumNumberOfValues: > 0 } o => $"选项 {o.Option.Name} 的值无效：{string.Join(' ', o.Tokens.Select(t => t.Value))}",
            ArgumentResult a when a.Tokens.Count == 0 => $"缺少必需的参数：{a.Argument.Name}",
            ArgumentResult a => $"参数 {a.Argument.Name} 的值无效：{string.Join(' ', a.Tokens.Select(t => t.Value))}",
            _ => null,
        };
    }
}
