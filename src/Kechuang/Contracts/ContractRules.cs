using System.Text.RegularExpressions;
using Kechuang.Common;
using Kechuang.Enterprises;
using Kechuang.Regions;

namespace Kechuang.Contracts;

/// <summary>
/// The checks on a contract (docs/domain.md §5), shared by the form, the API and the import, keyed by field so the import
/// can name the column. Each adds every problem it finds, so the user sees them all at once.
/// </summary>
public static partial class ContractRules
{
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 500;

    public static void Check(ContractRequest r, Func<string, Region?> region, DateOnly today, Validation v)
    {
        Text(r.Name, "name", "合同名称", v);
        if (string.IsNullOrWhiteSpace(r.Type))
        {
            v.Add("type", $"请选择合同类别：{ContractTypes.Allowed}");
        }
        else if (!ContractTypes.IsValid(r.Type))
        {
            v.Add("type", $"合同类别“{r.Type}”不正确，应为：{ContractTypes.AllowedWords}");
        }
        Text(r.SellerName, "sellerName", "卖方名称", v);
        if (Uscc.Problem(r.SellerUscc) is { } seller)
        {
            v.Add("sellerUscc", string.IsNullOrWhiteSpace(r.SellerUscc) ? "请填写卖方统一社会信用代码" : "卖方" + seller);
        }
        SellerRegion(r.SellerRegionCode, region, v);
        Text(r.BuyerName, "buyerName", "买方名称", v);
        // A buyer abroad has no USCC and no Chinese region: both may be blank, but what is given must be valid.
        if (!string.IsNullOrWhiteSpace(r.BuyerUscc) && Uscc.Problem(r.BuyerUscc) is { } buyer)
        {
            v.Add("buyerUscc", "买方" + buyer);
        }
        if (!string.IsNullOrWhiteSpace(r.BuyerRegionCode) && region(r.BuyerRegionCode.Trim()) is null)
        {
            v.Add("buyerRegionCode", $"买方地区代码 {r.BuyerRegionCode.Trim()} 不存在（境外买方请留空）");
        }
        Dates(r, today, v);
        Amounts(r.Turnover, r.TechTransaction, v);
        if (r.ValidFrom is { } from && r.ValidTo is { } to && to < from)
        {
            v.Add("validTo", "合同有效期的截止日期不能早于起始日期");
        }
        if (r.TechnologyField?.Trim().Length > 50)
        {
            v.Add("technologyField", "技术领域不能超过50个字");
        }
    }

    private static void Text(string? value, string field, string label, Validation v)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            v.Add(field, $"请填写{label}");
        }
        else if (value.Trim().Length > MaxNameLength)
        {
            v.Add(field, $"{label}不能超过{MaxNameLength}个字");
        }
    }

    private static void SellerRegion(string? code, Func<string, Region?> region, Validation v)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            v.Add("sellerRegionCode", "请填写卖方地区代码（县级行政区划代码）");
            return;
        }
        var found = region(code.Trim());
        if (found is null || found.RetiredOn is not null)
        {
            v.Add("sellerRegionCode", $"卖方地区代码 {code.Trim()} 不存在");
        }
        else if (found.Level != RegionLevel.County)
        {
            // docs/domain.md §5: registered and counted in the seller's region, which is the county-level registry.
            v.Add("sellerRegionCode", $"{found.Name}（{found.Code}）不是县级区划：技术合同在卖方所在县（市、区）登记");
        }
    }

    private static void Dates(ContractRequest r, DateOnly today, Validation v)
    {
        if (r.SignedOn is null)
        {
            v.Add("signedOn", "请填写签订日期");
        }
        if (r.ReceivedOn is null)
        {
            v.Add("receivedOn", "请填写受理日期");
        }
        else if (r.ReceivedOn > today)
        {
            v.Add("receivedOn", "受理日期不能晚于今天");
        }
        // docs/domain.md §5: only written, signed contracts are registered; one cannot be received before it is signed.
        if (r.SignedOn is { } signed && r.ReceivedOn is { } received && signed > received)
        {
            v.Add("signedOn", $"签订日期（{signed:yyyy-MM-dd}）不能晚于受理日期（{received:yyyy-MM-dd}）");
        }
    }

    /// <summary>docs/domain.md §5: 技术交易额 is 成交额 minus non-technical costs, so it is positive and never above 成交额.</summary>
    public static void Amounts(decimal? turnover, decimal? techTransaction, Validation v)
    {
        Money(turnover, "turnover", "合同成交额", v);
        Money(techTransaction, "techTransaction", "技术交易额", v);
        if (turnover > 0 && techTransaction > 0 && techTransaction > turnover)
        {
            v.Add("techTransaction", $"技术交易额（{techTransaction:0.00}元）不能大于合同成交额（{turnover:0.00}元）");
        }
    }

    private static void Money(decimal? value, string field, string label, Validation v)
    {
        if (value is null)
        {
            v.Add(field, $"请填写{label}（单位：元）");
        }
        else if (value <= 0)
        {
            v.Add(field, $"{label}必须大于0");
        }
        else if (decimal.Round(value.Value, 2) != value.Value)
        {
            v.Add(field, $"{label}最多保留两位小数（分）");
        }
        else if (value >= 1_000_000_000_000m)
        {
            v.Add(field, $"{label}过大，请确认单位为元");
        }
    }

    /// <summary>A registration date on or after receipt and not in the future; a number, when given, of letters, digits and dashes.</summary>
    public static void CheckRegistration(DateOnly? registeredOn, string? number, DateOnly receivedOn, DateOnly today, Validation v)
    {
        Decision(registeredOn, "registeredOn", "登记日期", receivedOn, today, v);
        if (!string.IsNullOrWhiteSpace(number) && !NumberPattern().IsMatch(number.Trim()))
        {
            v.Add("registrationNo", $"登记编号“{number.Trim()}”格式不正确：只能由字母、数字和“-”组成，不超过40位");
        }
    }

    public static void CheckRefusal(DateOnly? decidedOn, string? reason, DateOnly receivedOn, DateOnly today, Validation v)
    {
        Decision(decidedOn, "decidedOn", "决定日期", receivedOn, today, v);
        if (string.IsNullOrWhiteSpace(reason))
        {
            v.Add("reason", "不予登记必须填写理由");
        }
        else if (reason.Trim().Length > MaxReasonLength)
        {
            v.Add("reason", $"理由不能超过{MaxReasonLength}个字");
        }
    }

    private static void Decision(DateOnly? date, string field, string label, DateOnly receivedOn, DateOnly today, Validation v)
    {
        if (date is null)
        {
            v.Add(field, $"请填写{label}");
        }
        else if (date < receivedOn)
        {
            v.Add(field, $"{label}（{date:yyyy-MM-dd}）不能早于受理日期（{receivedOn:yyyy-MM-dd}）");
        }
        else if (date > today)
        {
            v.Add(field, $"{label}不能晚于今天");
        }
    }

    public static bool IsNumber(string text) => NumberPattern().IsMatch(text);

    public static void Apply(ContractRequest r, TechContract c)
    {
        c.Name = r.Name!.Trim();
        c.Type = ContractTypes.Of(r.Type!.Trim()).Word;
        c.SellerName = r.SellerName!.Trim();
        c.SellerUscc = Uscc.Parse(r.SellerUscc!).Value;
        c.SellerRegionCode = r.SellerRegionCode!.Trim();
        c.BuyerName = r.BuyerName!.Trim();
        c.BuyerUscc = string.IsNullOrWhiteSpace(r.BuyerUscc) ? null : Uscc.Parse(r.BuyerUscc).Value;
        c.BuyerRegionCode = EnterpriseRules.Blank(r.BuyerRegionCode);
        c.SignedOn = r.SignedOn!.Value;
        c.ReceivedOn = r.ReceivedOn!.Value;
        c.Turnover = r.Turnover!.Value;
        c.TechTransaction = r.TechTransaction!.Value;
        c.ValidFrom = r.ValidFrom;
        c.ValidTo = r.ValidTo;
        c.TechnologyField = EnterpriseRules.Blank(r.TechnologyField);
    }

    [GeneratedRegex(@"^[0-9A-Za-z\-]{1,40}$")]
    private static partial Regex NumberPattern();
}
