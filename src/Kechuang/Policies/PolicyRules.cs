using Kechuang.Common;

namespace Kechuang.Policies;

/// <summary>A clause as the editor, the API and the import send it (yuan as numbers).</summary>
public sealed record PolicyRequest(
    string? Code, string? Name, string? Document, string? RegionCode, int? Year, string? Condition, string? Amount,
    decimal? Cap, decimal? Budget, string? OverBudget, bool? AutoGrant, DateOnly? ValidFrom, DateOnly? ValidTo, int? Version = null);

/// <summary>The checks on a clause and the money steps of docs/domain.md §7.5, without a database.</summary>
public static class PolicyRules
{
    public const int MaxCode = 40;
    public const int MaxName = 200;
    public const int MaxExpression = 1000;
    public const int MaxText = 1000;

    /// <summary>The most a single clause may promise one enterprise or budget in a year: a typo guard (100亿元).</summary>
    public const decimal MaxMoney = 10_000_000_000m;

    public const string Prorate = "prorate";
    public const string InOrder = "order";
    public const string Auto = "免申即享";
    public const string Applied = "申请";

    /// <summary>Checks a request; returns the parsed formulas when it is sound (400 with every problem otherwise).</summary>
    public static (PolicyFormula Condition, PolicyFormula Amount) Check(PolicyRequest request, Validation v)
    {
        var code = request.Code?.Trim();
        v.Require(!string.IsNullOrEmpty(code), "code", "请填写条款编号");
        v.Require(code is null || code.Length <= MaxCode, "code", $"条款编号不能超过{MaxCode}个字符");
        v.Require(code is null || code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'), "code", "条款编号只能包含字母、数字和 - _ .");
        v.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "请填写条款名称");
        v.Require(request.Name is null || request.Name.Trim().Length <= MaxName, "name", $"条款名称不能超过{MaxName}个字符");
        v.Require(request.Document is null || request.Document.Trim().Length <= MaxName, "document", $"发文字号不能超过{MaxName}个字符");
        v.Require(request.Year is >= 2000 and <= 2100, "year", "请填写政策年度（2000–2100）");
        v.Require(request.Cap is null || request.Cap is > 0 and <= MaxMoney, "cap", "封顶金额应大于0且不超过100亿元");
        v.Require(request.Budget is null || request.Budget is > 0 and <= MaxMoney, "budget", "预算应大于0且不超过100亿元");
        v.Require(request.Cap is null || decimal.Round(request.Cap.Value, 2) == request.Cap, "cap", "封顶金额最多保留到分");
        v.Require(request.Budget is null || decimal.Round(request.Budget.Value, 2) == request.Budget, "budget", "预算最多保留到分");
        v.Require(request.OverBudget is null or Prorate or InOrder, "overBudget", "超预算处理应为 prorate（按比例）或 order（按申请顺序）");
        v.Require(request.ValidFrom is null || request.ValidTo is null || request.ValidFrom <= request.ValidTo, "validTo", "有效期止不能早于有效期起");
        var condition = Formula(request.Condition, "condition", "条件", condition: true, v);
        var amount = Formula(request.Amount, "amount", "金额", condition: false, v);
        v.ThrowIfAny();
        return (condition!, amount!);
    }

    private static PolicyFormula? Formula(string? text, string field, string label, bool condition, Validation v)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            v.Add(field, $"请填写{label}表达式");
            return null;
        }
        if (text.Length > MaxExpression)
        {
            v.Add(field, $"{label}表达式不能超过{MaxExpression}个字符");
            return null;
        }
        var formula = PolicyFormula.TryParse(text, condition, out var problem);
        if (problem is not null)
        {
            v.Add(field, $"{label}：{problem}");
        }
        return formula;
    }

    /// <summary>To the fen, half up (docs/domain.md §9: money is rounded once, at a declared step).</summary>
    public static decimal ToFen(decimal yuan) => decimal.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Scales <paramref name="amounts"/> (in fen) down to <paramref name="budget"/>: each floored to the fen, then the fen
    /// left over go one by one to the largest remainders (earlier first on a tie), so the total is the budget exactly and
    /// never above it.
    /// </summary>
    public static decimal[] ProrateToBudget(IReadOnlyList<decimal> amounts, decimal budget)
    {
        var total = amounts.Sum();
        if (total <= budget || total == 0)
        {
            return [.. amounts];
        }
        var exact = amounts.Select(a => a * budget / total).ToArray();
        var floored = exact.Select(a => decimal.Floor(a * 100) / 100).ToArray();
        var left = (int)decimal.Round((budget - floored.Sum()) * 100);
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - floored[i]).ThenBy(i => i).Take(left))
        {
            floored[i] += 0.01m;
        }
        return floored;
    }
}
