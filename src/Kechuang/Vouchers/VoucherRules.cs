using Kechuang.Common;

namespace Kechuang.Vouchers;

/// <summary>What a voucher covers and what the register's records must be (docs/domain.md §7.4); pure functions.</summary>
public static class VoucherRules
{
    /// <summary>A voucher pays at most half of a service's price unless the programme says otherwise (the usual 补助比例 of county 创新券 rules).</summary>
    public const decimal DefaultShare = 0.5m;

    /// <summary>Above this a voucher's face value is a typing error, not a county programme (10,000,000 yuan = 1000万元).</summary>
    public const decimal MaxVoucher = 10_000_000m;

    /// <summary>Above this a service contract's amount is a typing error (100,000,000 yuan = 1亿元).</summary>
    public const decimal MaxContract = 100_000_000m;

    public const int MaxName = 100;
    public const int MaxInvoice = 40;

    /// <summary>
    /// 抵扣金额 = min(share × contract amount, the voucher's balance, what remains of the enterprise's yearly cap),
    /// rounded to the fen half up (money is decimal yuan, ADR 0006). <paramref name="yearlyRemaining"/> is null when
    /// no programme caps the year. Returns the amount and which bound held it.
    /// </summary>
    public static (decimal Covered, string Basis) Cover(decimal contractAmount, decimal share, decimal balance, decimal? yearlyRemaining)
    {
        var byShare = decimal.Round(contractAmount * share, 2, MidpointRounding.AwayFromZero);
        var covered = byShare;
        var basis = $"合同金额{Zh.Wan(contractAmount)}×补助比例{Zh.Percent(share, 0)}";
        if (balance < covered)
        {
            (covered, basis) = (balance, "以创新券余额为限");
        }
        if (yearlyRemaining is { } room && room < covered)
        {
            (covered, basis) = (Math.Max(room, 0m), "以企业年度兑现额度为限");
        }
        return (covered, basis);
    }

    /// <summary>Money a form or the API sends: required, above 0, at most <paramref name="max"/>, whole fen.</summary>
    public static void Money(decimal? value, string field, string label, decimal max, Validation v)
    {
        if (value is not { } amount)
        {
            v.Add(field, $"请填写{label}");
        }
        else if (amount <= 0)
        {
            v.Add(field, $"{label}应大于0元");
        }
        else if (amount > max)
        {
            v.Add(field, $"{label}{Zh.Wan(amount)}超过上限{Zh.Wan(max)}，请核对单位（元）");
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            v.Add(field, $"{label}最多精确到分（两位小数）");
        }
    }

    public static void Text(string? value, string field, string label, int max, Validation v) => v.Text(value, field, label, max);

    public static void Check(ProgrammeRequest r, Validation v)
    {
        Text(r.Name, "name", "专项名称", MaxName, v);
        if (r.Year is not { } year || year < 2000 || year > 2100)
        {
            v.Add("year", "请填写年度（2000—2100）");
        }
        Money(r.Total, "total", "专项总额", 1_000_000_000m, v);
        Money(r.PerEnterpriseLimit, "perEnterpriseLimit", "每家企业年度兑现上限", MaxVoucher, v);
        if (r.Total is { } total && r.PerEnterpriseLimit is { } limit && limit > total)
        {
            v.Add("perEnterpriseLimit", "每家企业年度兑现上限不能超过专项总额");
        }
        if (r.Share is { } share && (share <= 0 || share > 1))
        {
            v.Add("share", "补助比例应在0到1之间（如0.5表示50%）");
        }
        else if (r.Share is { } whole && decimal.Round(whole, 2) != whole)
        {
            // Stored like money, to two decimals (ADR 0006): a share is a whole percent, as county rules write it.
            v.Add("share", "补助比例应为整百分数（如0.5、0.3）");
        }
        if (r.ValidFrom is null)
        {
            v.Add("validFrom", "请填写有效期起始日");
        }
        if (r.ValidUntil is null)
        {
            v.Add("validUntil", "请填写有效期截止日");
        }
        else if (r.ValidFrom is { } from && r.ValidUntil < from)
        {
            v.Add("validUntil", "有效期截止日不能早于起始日");
        }
        if (r.AutoAmount is not null)
        {
            Money(r.AutoAmount, "autoAmount", "免申即享面额", MaxVoucher, v);
        }
    }
}
