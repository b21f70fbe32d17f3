using System.Text.RegularExpressions;
using NCalc;
using NCalc.Exceptions;
using NCalc.Visitors;

namespace Kechuang.Policies;

/// <summary>
/// A clause's condition or amount, parsed once by NCalc (ADR 0021) and checked before it is saved: every name a known
/// variable, every function if/Min/Max, every operand of the right kind (a condition yields yes/no, an amount a
/// number). Integer literals are rewritten to decimals, because NCalc divides two integers in double (10/3 →
/// 3.3333333333333335) even in decimal mode; money never passes through double (docs/domain.md §9).
/// </summary>
public sealed partial class PolicyFormula
{
    private readonly Expression _expression;

    private readonly string _text;
    private readonly bool _condition;

    private PolicyFormula(Expression expression, IReadOnlyList<string> variables, string text, bool condition)
    {
        _expression = expression;
        Variables = variables;
        _text = text;
        _condition = condition;
    }

    /// <summary>A formula of its own for another thread: an NCalc expression keeps its parameters between evaluations.</summary>
    public PolicyFormula Copy() => TryParse(_text, _condition, out _)!;

    /// <summary>The variables the formula names, in the order of the catalogue.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Parses <paramref name="text"/>; null with the problem in Chinese when it is not a valid formula of that kind.</summary>
    public static PolicyFormula? TryParse(string text, bool condition, out string? problem)
    {
        var expression = new Expression(text, ExpressionOptions.DecimalAsDefault);
        if (expression.HasErrors())
        {
            problem = ParseProblem(expression.Error);
            return null;
        }
        var checker = new Checker();
        var rewritten = expression.LogicalExpression!.Accept(checker);
        if (checker.Problem is { } found)
        {
            problem = found;
            return null;
        }
        if (condition && rewritten.Kind != Kind.Flag)
        {
            problem = "条件应得出“是/否”，例如 rd >= 3000000 && hte_valid";
            return null;
        }
        if (!condition && rewritten.Kind != Kind.Number)
        {
            problem = "金额应得出数字（元），例如 Min(rd * 0.1, 500000)";
            return null;
        }
        expression.LogicalExpression = rewritten.Expression;
        problem = null;
        var names = checker.Names;
        return new PolicyFormula(expression, PolicyVariables.All.Where(v => names.Contains(v.Name)).Select(v => v.Name).ToList(), text, condition);
    }

    /// <summary>Evaluates with these values; a variable not given throws <see cref="MissingFactException"/>.</summary>
    public object Evaluate(IReadOnlyDictionary<string, object> values)
    {
        _expression.Parameters.Clear();
        foreach (var name in Variables)
        {
            if (values.TryGetValue(name, out var value))
            {
                _expression.Parameters[name] = value;
            }
        }
        try
        {
            return _expression.Evaluate()!;
        }
        catch (NCalcParameterNotDefinedException)
        {
            throw new MissingFactException(Variables.First(v => !values.ContainsKey(v)));
        }
        catch (NCalcEvaluationException e) when (e.InnerException is DivideByZeroException or OverflowException)
        {
            throw e.InnerException;
        }
    }

    private static string ParseProblem(Exception? error)
    {
        var detail = error?.InnerException?.Message ?? error?.Message ?? "";
        var at = PositionPattern().Match(detail);
        var where = at.Success ? $"（第{at.Groups[1].Value}个字符附近）" : "";
        var what = detail switch
        {
            _ when detail.Contains("Parenthesis", StringComparison.OrdinalIgnoreCase) => "括号不成对",
            _ when detail.Contains("Invalid token", StringComparison.OrdinalIgnoreCase) => "有无法识别的写法",
            _ => "写法不正确",
        };
        return $"表达式{what}{where}";
    }

    [GeneratedRegex(@"position \(\d+:(\d+)\)")]
    private static partial Regex PositionPattern();

    private enum Kind
    {
        Number,
        Flag,
        Invalid,
    }

    private sealed record Typed(LogicalExpression Expression, Kind Kind);

    /// <summary>Checks names and kinds, and rewrites integer literals to decimals.</summary>
    private sealed class Checker : ILogicalExpressionVisitor<Typed>
    {
        public string? Problem { get; private set; }
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        private Typed Fail(LogicalExpression node, string problem)
        {
            Problem ??= problem;
            return new Typed(node, Kind.Invalid);
        }

        public Typed Visit(TernaryExpression expression)
        {
            var test = expression.LeftExpression.Accept(this);
            var yes = expression.MiddleExpression.Accept(this);
            var no = expression.RightExpression.Accept(this);
            return Choice(expression, test, yes, no, (t, y, n) => new TernaryExpression(t, y, n));
        }

        private Typed Choice(LogicalExpression node, Typed test, Typed yes, Typed no, Func<LogicalExpression, LogicalExpression, LogicalExpression, LogicalExpression> make)
        {
            if (test.Kind == Kind.Number)
            {
                return Fail(node, "if 的第一个参数应为“是/否”条件");
            }
            if (yes.Kind != Kind.Invalid && no.Kind != Kind.Invalid && yes.Kind != no.Kind)
            {
                return Fail(node, "if 的两个结果应同为数字或同为“是/否”");
            }
            return new Typed(make(test.Expression, yes.Expression, no.Expression), yes.Kind == Kind.Invalid ? no.Kind : yes.Kind);
        }

        public Typed Visit(BinaryExpression expression)
        {
            var left = expression.LeftExpression.Accept(this);
            var right = expression.RightExpression.Accept(this);
            var rebuilt = new BinaryExpression(expression.Type, left.Expression, right.Expression);
            var symbol = Symbol(expression.Type);
            if (symbol is null)
            {
                return Fail(expression, "不支持该运算符：只能使用 && || ! == != < <= > >= + - * /");
            }
            if (left.Kind == Kind.Invalid || right.Kind == Kind.Invalid)
            {
                return new Typed(rebuilt, Kind.Invalid);
            }
            switch (expression.Type)
            {
                case BinaryExpressionType.And or BinaryExpressionType.Or:
                    return left.Kind == Kind.Flag && right.Kind == Kind.Flag
                        ? new Typed(rebuilt, Kind.Flag)
                        : Fail(expression, $"{symbol} 两边应为“是/否”条件，不能是数字");
                case BinaryExpressionType.Equal or BinaryExpressionType.NotEqual:
                    return left.Kind == right.Kind ? new Typed(rebuilt, Kind.Flag) : Fail(expression, $"{symbol} 两边应同为数字或同为“是/否”");
                case BinaryExpressionType.Lesser or BinaryExpressionType.LesserOrEqual or BinaryExpressionType.Greater or BinaryExpressionType.GreaterOrEqual:
                    return left.Kind == Kind.Number && right.Kind == Kind.Number
                        ? new Typed(rebuilt, Kind.Flag)
                        : Fail(expression, $"{symbol} 两边应为数字");
                default:
                    return left.Kind == Kind.Number && right.Kind == Kind.Number
                        ? new Typed(rebuilt, Kind.Number)
                        : Fail(expression, $"{symbol} 两边应为数字，不能是“是/否”");
            }
        }

        private static string? Symbol(BinaryExpressionType type) => type switch
        {
            BinaryExpressionType.And => "&&",
            BinaryExpressionType.Or => "||",
            BinaryExpressionType.Equal => "==",
            BinaryExpressionType.NotEqual => "!=",
            BinaryExpressionType.Lesser => "<",
            BinaryExpressionType.LesserOrEqual => "<=",
            BinaryExpressionType.Greater => ">",
            BinaryExpressionType.GreaterOrEqual => ">=",
            BinaryExpressionType.Plus => "+",
            BinaryExpressionType.Minus => "-",
            BinaryExpressionType.Times => "*",
            BinaryExpressionType.Div => "/",
            _ => null,
        };

        public Typed Visit(UnaryExpression expression)
        {
            var operand = expression.Expression.Accept(this);
            var rebuilt = new UnaryExpression(expression.Type, operand.Expression);
            return (expression.Type, operand.Kind) switch
            {
                (_, Kind.Invalid) => new Typed(rebuilt, Kind.Invalid),
                (UnaryExpressionType.Not, Kind.Flag) => new Typed(rebuilt, Kind.Flag),
                (UnaryExpressionType.Negate, Kind.Number) => new Typed(rebuilt, Kind.Number),
                (UnaryExpressionType.Not, _) => Fail(expression, "! 后应为“是/否”条件"),
                (UnaryExpressionType.Negate, _) => Fail(expression, "负号后应为数字"),
                _ => Fail(expression, "不支持该运算符：只能使用 && || ! == != < <= > >= + - * /"),
            };
        }

        public Typed Visit(ValueExpression expression) => expression.Value switch
        {
            int i => new Typed(new ValueExpression((decimal)i), Kind.Number),
            long l => new Typed(new ValueExpression((decimal)l), Kind.Number),
            decimal => new Typed(expression, Kind.Number),
            double d => new Typed(new ValueExpression((decimal)d), Kind.Number),
            bool => new Typed(expression, Kind.Flag),
            string s => Fail(expression, $"表达式中不能写文字“{s}”，这里应为数字或变量"),
            _ => Fail(expression, $"不支持的值：{expression.Value}"),
        };

        public Typed Visit(Function function)
        {
            var name = function.Identifier.Name;
            var args = function.Parameters.Select(p => p.Accept(this)).ToList();
            var rebuiltArgs = new LogicalExpressionList(args.Select(a => a.Expression).ToList());
            var rebuilt = new Function(function.Identifier, rebuiltArgs);
            if (!PolicyVariables.Functions.Contains(name))
            {
                return Fail(function, $"未知函数 {name}：只能使用 if(条件, 是, 否)、Min(a, b)、Max(a, b)");
            }
            var expected = name == "if" ? 3 : 2;
            if (args.Count != expected)
            {
                return Fail(function, $"{name} 需要 {expected} 个参数");
            }
            if (args.Any(a => a.Kind == Kind.Invalid))
            {
                return new Typed(rebuilt, Kind.Invalid);
            }
            if (name == "if")
            {
                return Choice(function, args[0], args[1], args[2], (t, y, n) => new Function(function.Identifier, new LogicalExpressionList([t, y, n])));
            }
            return args.All(a => a.Kind == Kind.Number) ? new Typed(rebuilt, Kind.Number) : Fail(function, $"{name} 的参数应为数字");
        }

        public Typed Visit(Identifier identifier)
        {
            if (PolicyVariables.Find(identifier.Name) is not { } variable)
            {
                return Fail(identifier, $"未知变量 {identifier.Name}：可用变量为 {string.Join("、", PolicyVariables.All.Select(v => v.Name))}");
            }
            Names.Add(variable.Name);
            return new Typed(identifier, variable.IsFlag ? Kind.Flag : Kind.Number);
        }

        public Typed Visit(LogicalExpressionList list) => Fail(list, "表达式中不能使用列表");
    }
}

/// <summary>A variable the formula needs has no fact for this enterprise.</summary>
public sealed class MissingFactException(string variable) : Exception($"缺少 {variable}")
{
    public string Variable { get; } = variable;
}
