using Kechuang.Common;
using Kechuang.Regions;

namespace Kechuang.Talent;

/// <summary>What the talent registers' records must be (docs/domain.md §7.7); pure, every problem at once.</summary>
public static class TalentRules
{
    public const int MaxName = 200;
    public const int MaxRemark = 500;

    public const string National = "国家级";
    public const string Provincial = "省级";
    public const string City = "市级";
    public const string County = "县级";
    public static readonly IReadOnlyList<string> Levels = [National, Provincial, City, County];

    public const string Applying = "申报中";
    public const string Awarded = "已入选";
    public const string NotAwarded = "未入选";
    public static readonly IReadOnlyList<string> AwardStatuses = [Applying, Awarded, NotAwarded];

    public static readonly IReadOnlyList<string> AwardDegrees = ["博士", "硕士", "学士", "其他"];

    public const string Master = "硕士";
    public const string Doctor = "博士";
    public const string Postdoc = "博士后";
    public static readonly IReadOnlyList<string> RecruitDegrees = [Master, Doctor, Postdoc];

    public const string IdCard = "居民身份证";
    public static readonly IReadOnlyList<string> IdTypes = [IdCard, "护照", "港澳居民居住证", "台湾居民居住证", "外国人永久居留身份证"];

    public static readonly IReadOnlyList<string> CheckResults = ["合格", "不合格"];

    public static readonly IReadOnlyList<string> PermitCategories = ["A类", "B类", "C类"];

    /// <summary>The days ahead in which a work permit counts as expiring (the renewal is filed 30 days before expiry, 《外国人来华工作许可服务指南》).</summary>
    public const int ExpiringDays = 60;

    /// <summary>The level of a programme run by a region of this level: 国家级 by the country, 省级 by a province …; null for a town.</summary>
    public static string? LevelOf(RegionLevel level) => level switch
    {
        RegionLevel.Country => National,
        RegionLevel.Province => Provincial,
        RegionLevel.Prefecture => City,
        RegionLevel.County => County,
        _ => null,
    };

    /// <summary>省级以上: what 入选省级以上人才计划 counts (the assessment's wording).</summary>
    public static bool ProvincialOrAbove(string level) => level is National or Provincial;

    public static void Programme(ProgrammeRequest r, Validation v)
    {
        Text(r.Name, "name", "人才计划名称", MaxName, v);
        if (r.AnnualFunding is { } f && (f < 0m || f > 100_000_000m))
        {
            v.Add("annualFunding", "每年资助标准以元计，应在0至1亿元之间");
        }
        if (r.FundingYears is { } y && (y < 1 || y > 10))
        {
            v.Add("fundingYears", "资助年限应为1至10年");
        }
        Optional(r.Remark, "remark", "说明", MaxRemark, v);
    }

    /// <summary>
    /// An application or award: the person, the status agreeing with the dates (申报中 without a decision date, 入选 or not
    /// with one), funding only for an award and paid no more than granted, the ID number checked when given.
    /// </summary>
    public static void Award(AwardRequest r, DateOnly today, Validation v)
    {
        Text(r.PersonName, "personName", "人才姓名", 50, v);
        Text(r.Field, "field", "专业领域", 100, v);
        if (string.IsNullOrWhiteSpace(r.Degree) || !AwardDegrees.Contains(r.Degree.Trim()))
        {
            v.Add("degree", $"学历学位应为{string.Join("、", AwardDegrees)}之一");
        }
        if (!string.IsNullOrWhiteSpace(r.Gender) && r.Gender.Trim() is not ("男" or "女"))
        {
            v.Add("gender", "性别应为男或女");
        }
        Identity(r.IdType, r.IdNumber, v);
        Optional(r.Remark, "remark", "备注", MaxRemark, v);
        var status = string.IsNullOrWhiteSpace(r.Status) ? (r.DecidedOn is null ? Applying : Awarded) : r.Status.Trim();
        if (!AwardStatuses.Contains(status))
        {
            v.Add("status", $"状态应为{string.Join("、", AwardStatuses)}之一");
        }
        if (r.AppliedOn is not { } applied)
        {
            v.Add("appliedOn", "请填写申报日期");
        }
        else if (applied > today)
        {
            v.Add("appliedOn", $"申报日期不能晚于今天（{Zh.Date(today)}）");
        }
        if (r.DecidedOn is { } decided)
        {
            if (status == Applying)
            {
                v.Add("status", "填写了入选（评审结果）日期的申报，状态应为已入选或未入选");
            }
            else if (r.AppliedOn is { } a && decided < a)
            {
                v.Add("decidedOn", $"评审结果日期（{Zh.Date(decided)}）不能早于申报日期（{Zh.Date(a)}）");
            }
            else if (decided > today)
            {
                v.Add("decidedOn", $"评审结果日期不能晚于今天（{Zh.Date(today)}）");
            }
        }
        else if (status is Awarded or NotAwarded)
        {
            v.Add("decidedOn", $"{status}的申报请填写评审结果日期");
        }
        if (r.FundingGranted is { } granted && granted != 0m && status != Awarded)
        {
            v.Add("fundingGranted", "只有已入选的人才才有资助经费");
        }
        if (r.FundingGranted is < 0m || r.FundingPaid is < 0m)
        {
            v.Add(r.FundingGranted is < 0m ? "fundingGranted" : "fundingPaid", "经费不能为负数");
        }
        else if (r.FundingPaid is { } paid && paid > 0m && paid > (r.FundingGranted ?? 0m) && r.FundingGranted is not null)
        {
            v.Add("fundingPaid", $"已拨付经费（{Zh.Wan(paid)}）不能超过资助经费（{Zh.Wan(r.FundingGranted.Value)}）");
        }
    }

    /// <summary>证件类型 and 证件号码 come together; a 居民身份证 number is checked by its check digit and birth date (GB 11643-1999).</summary>
    public static void Identity(string? type, string? number, Validation v)
    {
        var t = type?.Trim();
        var n = number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(t) && string.IsNullOrEmpty(n))
        {
            return;
        }
        if (string.IsNullOrEmpty(t) || !IdTypes.Contains(t))
        {
            v.Add("idType", $"证件类型应为{string.Join("、", IdTypes)}之一");
            return;
        }
        if (string.IsNullOrEmpty(n))
        {
            v.Add("idNumber", "请填写证件号码");
        }
        else if (t == IdCard)
        {
            if (IdCardProblem(n) is { } problem)
            {
                v.Add("idNumber", problem);
            }
        }
        else if (n.Length is < 5 or > 30 || !n.All(char.IsAsciiLetterOrDigit))
        {
            v.Add("idNumber", $"{t}号码应为5至30位字母或数字");
        }
    }

    /// <summary>
    /// Why an 18-character 居民身份证 number is wrong, or null: six digits of region, the birth date, three of sequence and the
    /// check character — the sum of the first seventeen digits times 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 modulo 11 maps to
    /// 1,0,X,9,8,7,6,5,4,3,2 (GB 11643-1999).
    /// </summary>
    public static string? IdCardProblem(string number)
    {
        if (number.Length != 18 || !number[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(number[17]) || number[17] == 'X'))
        {
            return $"居民身份证号码“{number}”应为18位：前17位为数字，最后一位为数字或X";
        }
        if (!DateOnly.TryParseExact(number[6..14], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var born)
            || born.Year < 1900)
        {
            return $"居民身份证号码“{number}”中的出生日期 {number[6..14]} 不是有效日期";
        }
        var expected = IdCardCheck(number[..17]);
        return expected == number[17] ? null : $"居民身份证号码“{number}”校验位有误：应为 {expected}，而不是 {number[17]}";
    }

    public static char IdCardCheck(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }
        return "10X98765432"[sum % 11];
    }

    /// <summary>A yearly check: 合格 or 不合格, the year not before the award's, dated in or after that year and not after today.</summary>
    public static void Check(CheckRequest r, DateOnly? decidedOn, DateOnly today, Validation v)
    {
        if (string.IsNullOrWhiteSpace(r.Result) || !CheckResults.Contains(r.Result.Trim()))
        {
            v.Add("result", "考核结果应为合格或不合格");
        }
        Optional(r.Remark, "remark", "备注", MaxRemark, v);
        if (r.Year is not { } year)
        {
            v.Add("year", "请填写考核年度");
        }
        else if (decidedOn is { } d && year < d.Year)
        {
            v.Add("year", $"考核年度（{year}年）不能早于入选年度（{d.Year}年）");
        }
        else if (year > today.Year)
        {
            v.Add("year", $"考核年度不能晚于今年（{today.Year}年）");
        }
        if (r.CheckedOn is not { } on)
        {
            v.Add("checkedOn", "请填写考核日期");
        }
        else if (on > today)
        {
            v.Add("checkedOn", $"考核日期不能晚于今天（{Zh.Date(today)}）");
        }
        else if (r.Year is { } y && on.Year < y)
        {
            v.Add("checkedOn", $"{y}年度考核的日期（{Zh.Date(on)}）不能早于该年度");
        }
    }

    public static void Recruit(RecruitRequest r, DateOnly today, Validation v)
    {
        Text(r.PersonName, "personName", "姓名", 50, v);
        Text(r.School, "school", "毕业院校（博士后为设站单位）", MaxName, v);
        Optional(r.Major, "major", "专业", 100, v);
        if (string.IsNullOrWhiteSpace(r.Degree) || !RecruitDegrees.Contains(r.Degree.Trim()))
        {
            v.Add("degree", "学历应为硕士、博士或博士后");
        }
        if (r.RecruitedOn is not { } on)
        {
            v.Add("recruitedOn", "请填写招引（入职）日期");
        }
        else if (on > today)
        {
            v.Add("recruitedOn", $"招引（入职）日期不能晚于今天（{Zh.Date(today)}）");
        }
        else if (on.Year < 2000)
        {
            v.Add("recruitedOn", "招引（入职）日期应在2000年以后");
        }
    }

    public static void Expert(ExpertRequest r, Validation v)
    {
        Text(r.Name, "name", "外国专家姓名", 100, v);
        Text(r.Nationality, "nationality", "国籍", 50, v);
        Text(r.Employer, "employer", "工作单位", MaxName, v);
        Optional(r.PermitNumber, "permitNumber", "工作许可证号", 30, v);
        Optional(r.Field, "field", "专业领域", 100, v);
        if (string.IsNullOrWhiteSpace(r.PermitCategory) || Category(r.PermitCategory) is null)
        {
            v.Add("permitCategory", "工作许可类别应为A类、B类或C类");
        }
        if (r.ValidFrom is not { } from)
        {
            v.Add("validFrom", "请填写工作许可有效期起");
        }
        if (r.ValidTo is not { } to)
        {
            v.Add("validTo", "请填写工作许可有效期止");
        }
        else if (r.ValidFrom is { } f && to <= f)
        {
            v.Add("validTo", $"有效期止（{Zh.Date(to)}）应晚于有效期起（{Zh.Date(f)}）");
        }
    }

    /// <summary>A类, B类 or C类 as people write it (A, a类, A 类).</summary>
    public static string? Category(string text) => text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal) switch
    {
        "A" or "A类" => "A类",
        "B" or "B类" => "B类",
        "C" or "C类" => "C类",
        _ => null,
    };

    /// <summary>Whether a work permit runs out within <see cref="ExpiringDays"/> days of <paramref name="today"/> (and has not yet).</summary>
    public static bool Expiring(DateOnly validTo, DateOnly today) => validTo >= today && validTo <= today.AddDays(ExpiringDays);

    public static string? Blank(string? text) => Validation.Blank(text);

    internal static void Text(string? text, string field, string label, int max, Validation v) => v.Text(text, field, label, max);

    internal static void Optional(string? text, string field, string label, int max, Validation v) => v.Optional(text, field, label, max);
}
