using Kechuang.Common;

namespace Kechuang.Finance;

/// <summary>What a finance record must be (docs/domain.md §7.4); pure, every problem at once.</summary>
public static class FinanceRules
{
    /// <summary>Above this (10亿元) an amount is a typing error for a county's enterprise.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>An annual rate above 24% is not a bank loan (the judicial ceiling on private lending, 法释〔2020〕17号, was 4 × LPR ≈ 15%; 24% leaves room).</summary>
    public const decimal MaxRate = 24m;

    public const int MaxText = 100;

    public static void Check(FinanceRequest r, string? kind, DateOnly today, Validation v)
    {
        if (kind is null)
        {
            v.Add("kind", $"类型应为{string.Join("、", FinanceWords.Kinds)}之一");
        }
        if (r.EnterpriseId is null)
        {
            v.Add("enterpriseId", "请选择企业");
        }
        if (string.IsNullOrWhiteSpace(r.Institution))
        {
            v.Add("institution", $"请填写{FinanceWords.InstitutionLabel(kind ?? "")}");
        }
        else if (r.Institution.Trim().Length > MaxText)
        {
            v.Add("institution", $"机构名称不能超过{MaxText}个字");
        }
        if (r.Product?.Trim().Length > MaxText)
        {
            v.Add("product", $"产品名称不能超过{MaxText}个字");
        }
        Money(r.Amount, "amount", "金额", v);
        if (r.Premium is not null)
        {
            Money(r.Premium, "premium", "保费", v);
        }
        if (r.Rate is { } rate && (rate <= 0 || rate > MaxRate))
        {
            v.Add("rate", $"年利率（%）应大于0且不超过{MaxRate}，如3.65");
        }
        else if (r.Rate is { } twoPlaces && decimal.Round(twoPlaces, 2) != twoPlaces)
        {
            v.Add("rate", "年利率最多保留两位小数（%）");
        }
        if (r.StartOn is not { } start)
        {
            v.Add("startOn", "请填写放款（生效、拨付）日期");
        }
        else if (start > today)
        {
            v.Add("startOn", $"日期不能晚于今天（{Zh.Date(today)}）");
        }
        else if (start.Year < 2000)
        {
            v.Add("startOn", "日期应在2000年以后");
        }
        if (r.EndOn is { } end && r.StartOn is { } s && end < s)
        {
            v.Add("endOn", "到期日不能早于放款（生效）日期");
        }
        if (r.Note?.Trim().Length > 300)
        {
            v.Add("note", "备注不能超过300个字");
        }
        if (r.PolicyCode?.Trim().Length > 40)
        {
            v.Add("policyCode", "政策条款代码不能超过40个字符");
        }
    }

    private static void Money(decimal? value, string field, string label, Validation v)
    {
        if (value is not { } amount)
        {
            v.Add(field, $"请填写{label}（元）");
        }
        else if (amount <= 0)
        {
            v.Add(field, $"{label}应大于0元");
        }
        else if (amount > MaxAmount)
        {
            v.Add(field, $"{label}{Zh.Yi(amount)}超过上限{Zh.Yi(MaxAmount)}，请核对单位（元）");
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            v.Add(field, $"{label}最多精确到分（两位小数）");
        }
    }
}
