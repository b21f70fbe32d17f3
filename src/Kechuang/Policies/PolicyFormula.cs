using System.Text.RegularExpressions;
using NCalc;
using NCalc.Visitors;

namespace Kechuang.Policies;

/// <summary>
/// A clause's condition or amount, parsed once by NCalc (ADR 0021) and checked before it is saved: every name a known
/// variable, every function if/Min/Max, every operand of the right kind (a condition yields yes/no, an amount a
/// number). Integer literals are rewritten to decimals, because NCalc divides two integers in double (10/3 →
/// 3.3333333333333335) even in decimal mode; money never passes through double (docs/domain.md §9). The checked tree is
/// evaluated by <see cref="Evaluator"/>, in decimal, and shared by every thread (it is only read).
/// </summary>
public sealed partial class PolicyFormula
{
    private readonly LogicalExpression _tree;

    private PolicyFormula(LogicalExpression tree, IReadOnlyList<string> variables)
    {
        _tree = tree;
        Variables = variables;
    }

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
        problem = null;
        var names = checker.Names;
        return new PolicyFormula(rewritten.Expression, PolicyVariables.All.Where(v => names.Contains(v.Name)).Select(v => v.Name).ToList());
    }

    /// <summary>
    /// Evaluates with these values. NCalc parsed and checked the formula; it is evaluated here over NCalc's tree in
    /// decimal, because NCalc's own evaluator makes event objects and a visitor at every operator (about half a kilobyte
    /// an evaluation, which 200,000 enterprises × 20 clauses turn into gigabytes). A variable not given or a division by
    /// zero is an outcome, not an exception: a branch of <c>if</c> or <c>&amp;&amp;</c> that is not taken does not need its facts.
    /// </summary>
    public FormulaValue Evaluate(IReadOnlyDictionary<string, object> values) => _tree.Accept(new Evaluator(values));

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

/// <summary>
/// What a formula gave: a number (yuan) or a yes/no; or it could not be known, because <see cref="Missing"/> names a
/// variable without a fact, or a divisor was zero.
/// </summary>
public readonly record struct FormulaValue(decimal Number, bool Flag, string? Missing = null, bool DividedByZero = false)
{
    public bool Known => Missing is null && !DividedByZero;
}

/// <summary>
/// Evaluates a checked formula (numbers are decimals, flags booleans, functions if/Min/Max): the same operators and the
/// same short-circuits as NCalc (<c>&amp;&amp;</c>, <c>||</c> and <c>if</c> evaluate only what they need); the first
/// unknown operand makes the result unknown.
/// </summary>
internal sealed class Evaluator(IReadOnlyDictionary<string, object> values) : ILogicalExpressionVisitor<FormulaValue>
{
    public FormulaValue Visit(TernaryExpression expression) =>
        Choose(expression.LeftExpression, expression.MiddleExpression, expression.RightExpression);

    private FormulaValue Choose(LogicalExpression test, LogicalExpression yes, LogicalExpression no)
    {
        var t = test.Accept(this);
        return !t.Known ? t : t.Flag ? yes.Accept(this) : no.Accept(this);
    }

    public FormulaValue Visit(BinaryExpression expression)
    {
        var left = expression.LeftExpression.Accept(this);
        if (!left.Known)
        {
            return left;
        }
        switch (expression.Type)
        {
            case BinaryExpressionType.And when !left.Flag:
                return Flag(false);
            case BinaryExpressionType.Or when left.Flag:
                return Flag(true);
        }
        var right = expression.RightExpression.Accept(this);
        if (!right.Known)
        {
            return right;
        }
        var (a, b) = (left.Number, right.Number);
        return expression.Type switch
        {
            BinaryExpressionType.And or BinaryExpressionType.Or => right,
            BinaryExpressionType.Equal => Flag(left.Number == right.Number && left.Flag == right.Flag),
            BinaryExpressionType.NotEqual => Flag(left.Number != right.Number || left.Flag != right.Flag),
            BinaryExpressionType.Lesser => Flag(a < b),
            BinaryExpressionType.LesserOrEqual => Flag(a <= b),
            BinaryExpressionType.Greater => Flag(a > b),
            BinaryExpressionType.GreaterOrEqual => Flag(a >= b),
            BinaryExpressionType.Plus => Number(a + b),
            BinaryExpressionType.Minus => Number(a - b),
            BinaryExpressionType.Times => Number(a * b),
            BinaryExpressionType.Div => b == 0 ? new FormulaValue(0, false, DividedByZero: true) : Number(a / b),
            _ => throw new InvalidOperationException($"公式检查未拦下运算符 {expression.Type}"),
        };
    }

    public FormulaValue Visit(UnaryExpression expression)
    {
        var operand = expression.Expression.Accept(this);
        return !operand.Known ? operand
            : expression.Type == UnaryExpressionType.Not ? Flag(!operand.Flag)
            : Number(-operand.Number);
    }

    public FormulaValue Visit(ValueExpression expression) => expression.Value switch
    {
        bool flag => Flag(flag),
        decimal number => Number(number),
        _ => throw new InvalidOperationException($"公式检查未拦下的值 {expression.Value}"),
    };

    public FormulaValue Visit(Function function)
    {
        var args = function.Parameters;
        if (function.Identifier.Name == "if")
        {
            return Choose(args[0], args[1], args[2]);
        }
        var a = args[0].Accept(this);
        if (!a.Known)
        {
            return a;
        }
        var b = args[1].Accept(this);
        return !b.Known ? b : Number(function.Identifier.Name == "Min" ? Math.Min(a.Number, b.Number) : Math.Max(a.Number, b.Number));
    }

    public FormulaValue Visit(Identifier identifier) => values.TryGetValue(identifier.Name, out var value)
        ? value switch
        {
            bool flag => Flag(flag),
            decimal number => Number(number),
            int count => Number(count),
            _ => throw new InvalidOperationException($"变量 {identifier.Name} 的值 {value} 不是数字或是/否"),
        }
        : new FormulaValue(0, false, identifier.Name);

    public FormulaValue Visit(LogicalExpressionList list) => throw new InvalidOperationException("公式检查未拦下列表");

    private static FormulaValue Flag(bool flag) => new(0, flag);

    private static FormulaValue Number(decimal number) => new(number, false);
}
