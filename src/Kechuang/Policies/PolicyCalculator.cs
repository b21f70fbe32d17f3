using System.Globalization;
using Kechuang.Contracts;
using Kechuang.Enterprises;
using Kechuang.Finance;

namespace Kechuang.Policies;

/// <summary>A step of a computation: a variable with its source record, the condition, or a change to the amount.</summary>
/// <remarks><paramref name="Variable"/> names the variable of a 变量 line; <paramref name="Change"/> is what a step adds to the amount.</remarks>
public sealed record TraceLine(string Step, string Text, decimal? Value = null, decimal? Change = null, string? Source = null, Guid? RecordId = null, string? Variable = null);

/// <summary>One enterprise's outcome under a clause: <c>eligible</c> with its amount, or <c>unknown</c> with the reason.</summary>
/// <remarks>
/// The calculator keeps each step as values (variable, record, change to the amount); <see cref="Trace"/> writes them out as
/// text the first time it is read, so a province-wide list costs no text for the rows nobody opens (docs/domain.md §7.5).
/// </remarks>
public sealed class Beneficiary(Guid enterpriseId, string uscc, string name, string regionCode, decimal amount, string status, string? reason,
    int steps, Func<IReadOnlyList<TraceLine>> trace)
{
    public const string Eligible = "eligible";
    public const string Unknown = "unknown";

    private IReadOnlyList<TraceLine>? _trace;

    public Guid EnterpriseId => enterpriseId;
    public string Uscc => uscc;
    public string Name => name;
    public string RegionCode => regionCode;
    public decimal Amount => amount;
    public string Status => status;
    public string? Reason => reason;

    /// <summary>How many lines <see cref="Trace"/> has, without writing them.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Steps => steps;

    public IReadOnlyList<TraceLine> Trace => _trace ??= trace();
}

/// <summary>What the calculator reads for a year: the register's enterprises with their facts, and the contracts they sold.</summary>
public sealed record PolicyYearFacts(int Year, IReadOnlyList<EnterprisePolicyFacts> Enterprises, IReadOnlyDictionary<string, SoldContracts> ContractsSold,
    IReadOnlyDictionary<Guid, LoanYear>? Loans = null);

/// <summary>
/// A clause to compute with what limits it: the budget still free, the room each enterprise has under the yearly total
/// (null when the total does not apply to the clause), the enterprises to consider (null for all: 免申即享) and the order
/// of applications (for <see cref="PolicyRules.InOrder"/>).
/// </summary>
public sealed record ClauseRun(
    PolicyClause Clause, PolicyFormula Condition, PolicyFormula Amount, decimal? BudgetLeft, decimal? Ceiling,
    IReadOnlyDictionary<Guid, decimal> UsedUnderCeiling, IReadOnlySet<Guid>? Candidates, IReadOnlyDictionary<Guid, DateTimeOffset> AppliedAt);

/// <summary>
/// Computes clauses for a year with a trace of every yuan (docs/domain.md §7.5): the formula's amount, then the clause's
/// cap, the yearly total (总额度), the rounding to the fen (half up), then the budget (prorated, or in the order of
/// application). A missing fact or a division by zero makes the enterprise unknown, never a wrong amount. No database.
/// </summary>
public static class PolicyCalculator
{
    public static IReadOnlyList<Beneficiary> Compute(ClauseRun run, PolicyYearFacts facts) => ComputeAll([run], facts)[0];

    /// <summary>Each clause over every enterprise; an enterprise's variables are built once for all clauses.</summary>
    public static IReadOnlyList<Beneficiary>[] ComputeAll(IReadOnlyList<ClauseRun> runs, PolicyYearFacts facts)
    {
        // A large register is split in contiguous parts computed side by side (a formula's tree is only read, so the parts
        // share it); the parts are joined in the register's order before the budget is applied, so the result does not
        // depend on the split.
        var parts = facts.Enterprises.Count < ParallelFrom ? 1 : Math.Min(Environment.ProcessorCount, 8);
        var size = (facts.Enterprises.Count + parts - 1) / Math.Max(parts, 1);
        var found = new List<Draft>[Math.Max(parts, 1)][];
        Parallel.For(0, Math.Max(parts, 1), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(parts, 1) }, part =>
        {
            var from = part * size;
            var to = Math.Min(facts.Enterprises.Count, from + size);
            found[part] = Compute(runs, facts, from, to);
        });
        return runs.Select((run, i) => ApplyBudget(run, [.. found.SelectMany(f => f[i])])).ToArray();
    }

    /// <summary>Below this many enterprises one thread is quicker than starting more.</summary>
    private const int ParallelFrom = 5_000;

    private static List<Draft>[] Compute(IReadOnlyList<ClauseRun> runs, PolicyYearFacts facts, int from, int to)
    {
        var found = runs.Select(_ => new List<Draft>()).ToArray();
        var names = runs.Select(r => r.Condition.Variables.Union(r.Amount.Variables).ToArray()).ToArray();
        var sources = new Sources(facts.Year);
        for (var k = from; k < to; k++)
        {
            var enterprise = facts.Enterprises[k];
            var values = Values.Of(enterprise, facts, sources);
            for (var i = 0; i < runs.Count; i++)
            {
                if (runs[i].Candidates is { } candidates && !candidates.Contains(enterprise.EnterpriseId))
                {
                    continue;
                }
                if (One(runs[i], names[i], enterprise, values, facts.Year) is { } draft)
                {
                    found[i].Add(draft);
                }
            }
        }
        return found;
    }

    /// <summary>What a step did, kept as values; <see cref="Draft.Render"/> writes the text.</summary>
    private enum StepKind { Cap, Ceiling, Round, InOrder, Prorate }

    private readonly record struct Step(StepKind Kind, decimal Change, decimal A = 0, decimal B = 0, decimal C = 0);

    /// <summary>One listed enterprise under one clause: the variables it was computed from, the steps and the outcome.</summary>
    private sealed class Draft(ClauseRun run, string[] names, EnterprisePolicyFacts enterprise, Values values, int year)
    {
        public EnterprisePolicyFacts Enterprise { get; } = enterprise;
        public decimal? Raw { get; init; }
        public decimal Amount { get; set; }
        public string? Unknown { get; init; }
        public List<Step> Steps { get; } = new(2);

        public int Lines => names.Length + (Raw is null ? 0 : 2) + Steps.Count + 1;

        public IReadOnlyList<TraceLine> Render()
        {
            var lines = new List<TraceLine>(Lines);
            foreach (var name in names)
            {
                lines.Add(values.Line(name, year));
            }
            if (Raw is { } raw)
            {
                lines.Add(new TraceLine("条件", $"条件成立：{run.Clause.Condition}"));
                lines.Add(new TraceLine("计算", $"按公式 {run.Clause.Amount} 计算得 {raw.ToString("0.######", CultureInfo.InvariantCulture)} 元", Value: raw));
            }
            foreach (var step in Steps)
            {
                lines.Add(step.Kind switch
                {
                    StepKind.Cap => new TraceLine("封顶", $"超过单户封顶 {Yuan(step.A)} 元，按封顶", Change: step.Change),
                    StepKind.Ceiling => new TraceLine("总额度", $"年度总额度 {Yuan(step.A)} 元，已获其他条款 {Yuan(step.B)} 元，本条至多 {Yuan(step.C)} 元", Change: step.Change),
                    StepKind.Round => new TraceLine("取整", $"四舍五入到分：{Yuan(step.A)} 元", Change: step.Change),
                    StepKind.InOrder => new TraceLine("预算", $"预算余额 {Yuan(step.A)} 元按申请顺序分配，轮到本企业时余 {Yuan(step.B)} 元", Change: step.Change),
                    _ => new TraceLine("按比例", $"申请合计 {Yuan(step.A)} 元超过预算余额 {Yuan(step.B)} 元，按比例核减（精确到分，合计不超预算）", Change: step.Change),
                });
            }
            lines.Add(Unknown is null ? new TraceLine("金额", $"兑现金额 {Yuan(Amount)} 元", Value: Amount) : new TraceLine("无法确定", Unknown));
            return lines;
        }
    }

    /// <summary>One enterprise under one clause; only those listed (qualifying or unknown) get a draft.</summary>
    private static Draft? One(ClauseRun run, string[] names, EnterprisePolicyFacts enterprise, Values values, int year)
    {
        Draft Unknown(string reason) => new(run, names, enterprise, values, year) { Unknown = reason };
        Draft? Unknowable(FormulaValue value) =>
            value.Missing is { } name ? Unknown(values.Why(name, year)) : Unknown("计算中除数为零（例如职工总数为0），无法确定金额");
        try
        {
            var test = run.Condition.Evaluate(values.Map);
            if (!test.Known)
            {
                return Unknowable(test);
            }
            if (!test.Flag)
            {
                return null;                                   // does not qualify: left out of the list
            }
            var computed = run.Amount.Evaluate(values.Map);
            if (!computed.Known)
            {
                return Unknowable(computed);
            }
            var raw = computed.Number;
            if (raw == 0)
            {
                return null;
            }
            if (raw < 0)
            {
                return new Draft(run, names, enterprise, values, year)
                    { Raw = raw, Unknown = $"计算金额为负数（{raw.ToString("0.##", CultureInfo.InvariantCulture)} 元），请检查条款的金额公式" };
            }
            var draft = new Draft(run, names, enterprise, values, year) { Raw = raw };
            var amount = raw;
            if (run.Clause.Cap is { } cap && amount > cap)
            {
                draft.Steps.Add(new Step(StepKind.Cap, cap - amount, cap));
                amount = cap;
            }
            if (run.Ceiling is { } ceiling)
            {
                var used = run.UsedUnderCeiling.GetValueOrDefault(enterprise.EnterpriseId);
                var room = Math.Max(0, ceiling - used);
                if (amount > room)
                {
                    draft.Steps.Add(new Step(StepKind.Ceiling, room - amount, ceiling, used, room));
                    amount = room;
                }
            }
            var rounded = PolicyRules.ToFen(amount);
            if (rounded != amount)
            {
                draft.Steps.Add(new Step(StepKind.Round, rounded - amount, rounded));
            }
            draft.Amount = rounded;
            return draft;
        }
        catch (OverflowException)
        {
            return Unknown("计算结果超出范围，请检查条款的金额公式");
        }
    }

    private static List<Beneficiary> ApplyBudget(ClauseRun run, List<Draft> drafts)
    {
        var eligible = drafts.Where(d => d.Unknown is null).ToList();
        if (run.BudgetLeft is { } budget && eligible.Sum(d => d.Amount) > budget)
        {
            if (run.Clause.OverBudget == PolicyRules.InOrder)
            {
                var left = budget;
                foreach (var draft in eligible.OrderBy(d => run.AppliedAt.GetValueOrDefault(d.Enterprise.EnterpriseId, DateTimeOffset.MaxValue))
                             .ThenBy(d => d.Enterprise.Uscc, StringComparer.Ordinal))
                {
                    var granted = Math.Min(draft.Amount, left);
                    if (granted != draft.Amount)
                    {
                        draft.Steps.Add(new Step(StepKind.InOrder, granted - draft.Amount, budget, left));
                    }
                    draft.Amount = granted;
                    left -= granted;
                }
            }
            else
            {
                var total = eligible.Sum(d => d.Amount);
                var scaled = PolicyRules.ProrateToBudget(eligible.Select(d => d.Amount).ToList(), budget);
                for (var i = 0; i < eligible.Count; i++)
                {
                    eligible[i].Steps.Add(new Step(StepKind.Prorate, scaled[i] - eligible[i].Amount, total, budget));
                    eligible[i].Amount = scaled[i];
                }
            }
        }
        return drafts.Select(d =>
        {
            var e = d.Enterprise;
            return new Beneficiary(e.EnterpriseId, e.Uscc, e.Name, e.RegionCode, d.Unknown is null ? d.Amount : 0,
                d.Unknown is null ? Beneficiary.Eligible : Beneficiary.Unknown, d.Unknown, d.Lines, d.Render);
        }).ToList();
    }

    internal static string Yuan(decimal yuan) => yuan.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A loan as the trace names it: bank, day drawn, principal, rate and the interest of its days in the year.</summary>
    private static string Loan(LoanRun l) =>
        $"{l.Institution} {l.StartOn:yyyy-MM-dd} 放款 {Yuan(l.Amount)} 元，年利率 {l.Rate?.ToString("0.##", CultureInfo.InvariantCulture) ?? "未填"}%，当年 {l.Days} 天"
        + (l.Interest is { } i ? $"，利息 {Yuan(i)} 元" : "");

    /// <summary>The source texts shared by every enterprise of a year, made once.</summary>
    private sealed class Sources(int year)
    {
        public readonly string Year = $"{year}年度企业数据";
        public readonly string Previous = $"{year - 1}年度企业数据";
        public readonly string NoContracts = $"{year}年无登记的技术合同（卖方）";
        public readonly string NoLoans = $"{year}年无科技贷记录";
        public readonly string Loans = $"{year}年的科技贷";
        public readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
        {
            [PolicyVariables.HteNew] = $"{year}年颁发的高新技术企业证书",
            [PolicyVariables.HteValid] = $"{year}年12月31日有效的高新技术企业证书",
            [PolicyVariables.TechSmeNew] = $"{year}年取得的科技型中小企业入库编号",
            [PolicyVariables.TechSmeValid] = $"{year}年12月31日有效的科技型中小企业入库编号",
        };
    }

    /// <summary>Where a value comes from: a shared text and its record, or the title or contracts it was read from (text made when traced).</summary>
    private readonly record struct Origin(string Text, Guid? Record, TitleRecord? Title = null, SoldContracts? Sold = null, bool Missing = false,
        LoanYear? Loans = null);

    /// <summary>An enterprise's variables for the year, with where each comes from.</summary>
    private sealed class Values
    {
        public Dictionary<string, object> Map { get; } = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Origin> _origins = new(StringComparer.Ordinal);

        /// <summary>Why a variable that is not a yearly fact has no value (e.g. a loan without its rate); made only when it happens.</summary>
        public Dictionary<string, string> Missing => _missing ??= new(StringComparer.Ordinal);
        private Dictionary<string, string>? _missing;

        /// <summary>Why <paramref name="name"/> has no value, in the words of the unknown result.</summary>
        public string Why(string name, int year)
        {
            if (_missing?.GetValueOrDefault(name) is { } reason)
            {
                return reason;
            }
            var variable = PolicyVariables.Find(name)!;
            var which = name.EndsWith("_prev", StringComparison.Ordinal) ? year - 1 : year;
            return $"缺少{which}年度企业数据：{variable.Label}（{variable.Name}）";
        }

        public static Values Of(EnterprisePolicyFacts e, PolicyYearFacts facts, Sources sources)
        {
            var values = new Values();
            var year = facts.Year;
            if (e.Year is { } y)
            {
                var origin = new Origin(sources.Year, y.RecordId);
                values.Set(PolicyVariables.Rd, y.RdExpense, origin);
                values.Set(PolicyVariables.Sales, y.SalesRevenue, origin);
                values.Set(PolicyVariables.Staff, y.Staff, origin);
                values.Set(PolicyVariables.TechStaff, y.TechStaff, origin);
                values.Set(PolicyVariables.HighTechIncome, y.HighTechIncome, origin);
            }
            if (e.PreviousYear is { } p)
            {
                var origin = new Origin(sources.Previous, p.RecordId);
                values.Set(PolicyVariables.RdPrevious, p.RdExpense, origin);
                values.Set(PolicyVariables.SalesPrevious, p.SalesRevenue, origin);
            }
            var yearEnd = new DateOnly(year, 12, 31);
            values.Title(PolicyVariables.HteNew, e, QualificationType.HighTech, t => t.IssuedOn.Year == year, sources);
            values.Title(PolicyVariables.HteValid, e, QualificationType.HighTech, t => t.IsValidOn(yearEnd), sources);
            values.Title(PolicyVariables.TechSmeNew, e, QualificationType.TechSme, t => t.IssuedOn.Year == year, sources);
            values.Title(PolicyVariables.TechSmeValid, e, QualificationType.TechSme, t => t.IsValidOn(yearEnd), sources);
            values.Set(PolicyVariables.ContractsSold, facts.ContractsSold.TryGetValue(e.Uscc, out var sold) ? sold.Turnover : 0m,
                sold is null ? new Origin(sources.NoContracts, null) : new Origin($"{year}年登记的技术合同", null, Sold: sold));
            if (facts.Loans?.GetValueOrDefault(e.EnterpriseId) is not { } loans)
            {
                values.Set(PolicyVariables.LoanAmount, 0m, new Origin(sources.NoLoans, null));
                values.Set(PolicyVariables.LoanInterest, 0m, new Origin(sources.NoLoans, null));
            }
            else
            {
                var origin = new Origin(sources.Loans, loans.Largest?.Id, Loans: loans);
                values.Set(PolicyVariables.LoanAmount, loans.Drawn, origin);
                if (loans.Interest is { } interest)
                {
                    values.Set(PolicyVariables.LoanInterest, interest, origin);
                }
                else
                {
                    values.Missing[PolicyVariables.LoanInterest] = loans.Missing!;
                }
            }
            return values;
        }

        private void Set(string name, decimal value, Origin origin)
        {
            Map[name] = value;
            _origins[name] = origin;
        }

        private void Title(string name, EnterprisePolicyFacts e, string type, Func<TitleRecord, bool> holds, Sources sources)
        {
            TitleRecord? title = null;
            foreach (var t in e.Titles)
            {
                if (t.Type == type && holds(t) && (title is null || t.IssuedOn > title.IssuedOn))
                {
                    title = t;
                }
            }
            Map[name] = title is not null;
            _origins[name] = new Origin(sources.Titles[name], title?.RecordId, title, Missing: title is null);
        }

        public TraceLine Line(string name, int year)
        {
            var variable = PolicyVariables.Find(name)!;
            if (!Map.TryGetValue(name, out var value) && _missing?.GetValueOrDefault(name) is { } reason)
            {
                return new TraceLine("变量", $"{variable.Label} {name}：无法确定", Source: reason, Variable: name);
            }
            if (value is null)
            {
                var which = name.EndsWith("_prev", StringComparison.Ordinal) ? year - 1 : year;
                return new TraceLine("变量", $"{variable.Label} {name}：未填报", Source: $"{which}年度企业数据未填报", Variable: name);
            }
            var origin = _origins[name];
            var source = origin.Title is { } t ? $"{origin.Text} {t.Number}（{t.IssuedOn:yyyy-MM-dd}颁发）"
                : origin.Missing ? "无" + origin.Text
                : origin.Loans is { } loans ? $"{origin.Text} {loans.Loans.Count} 笔（{string.Join("；", loans.Loans.Take(5).Select(Loan))}）"
                : origin.Sold is { } sold ? $"{origin.Text} {sold.Count} 份（{string.Join("、", sold.Numbers)}{(sold.Count > sold.Numbers.Count ? " 等" : "")}）"
                : origin.Text;
            return value is bool flag
                ? new TraceLine("变量", $"{variable.Label} {name} = {(flag ? "是" : "否")}", flag ? 1 : 0, Source: source, RecordId: origin.Record, Variable: name)
                : new TraceLine("变量", $"{variable.Label} {name} = {((decimal)value).ToString(variable.Kind == VariableKind.Count ? "0" : "#,0.00", CultureInfo.InvariantCulture)}{(variable.Kind == VariableKind.Count ? " 人" : " 元")}",
                    (decimal)value, Source: source, RecordId: origin.Record, Variable: name);
        }
    }
}
