using Kechuang.Common;

namespace Kechuang.IntellectualProperty;

/// <summary>What the 知识产权 registers' records must be (docs/domain.md §7.8); pure, every problem at once.</summary>
public static class PatentRules
{
    public const int MaxName = 200;
    public const int MaxRemark = 500;

    public const string Pending = "申请中";
    public const string Granted = "已授权";
    public const string Refused = "已驳回";
    public const string Withdrawn = "已撤回";
    public const string Lapsed = "已失效";

    public static readonly IReadOnlyList<string> Statuses = [Pending, Granted, Refused, Withdrawn, Lapsed];

    public static readonly IReadOnlyList<string> TrademarkKinds = ["普通商标", "驰名商标", "地理标志证明商标", "集体商标"];

    public static readonly IReadOnlyList<string> CaseKinds = ["专利", "商标", "其他"];

    /// <summary>
    /// A patent as the form, the API and the import write it: the number checked and normalised, the kind agreeing
    /// with the number's type digit (a blank kind is taken from it), the status agreeing with the dates (a blank status
    /// is 已授权 with a grant date, 申请中 without). Returns the normalised number, kind and status, or nulls when invalid.
    /// </summary>
    public static (string? Number, string? Kind, string? Status) Check(PatentRequest r, DateOnly today, Validation v)
    {
        var (parsed, problem) = PatentNumber.Parse(r.Number);
        if (problem is not null)
        {
            v.Add("number", problem);
        }
        var kind = string.IsNullOrWhiteSpace(r.Kind) ? null : Kind(r.Kind);
        if (!string.IsNullOrWhiteSpace(r.Kind) && kind is null)
        {
            v.Add("kind", $"专利类型“{r.Kind.Trim()}”不对：应为发明、实用新型或外观设计");
        }
        if (parsed is not null)
        {
            var implied = PatentNumber.KindOf(parsed.TypeDigit);
            if (implied is null)
            {
                v.Add("number", $"申请号 {parsed.Application} 的类型位“{parsed.TypeDigit}”不是专利类型（1 发明、2 实用新型、3 外观设计、8/9 PCT 进入中国）");
            }
            else if (kind is null && string.IsNullOrWhiteSpace(r.Kind))
            {
                kind = implied;
            }
            else if (kind is not null && kind != implied)
            {
                v.Add("kind", $"专利类型“{kind}”与申请号 {parsed.Application} 不符：类型位“{parsed.TypeDigit}”表示{implied}");
            }
        }
        Optional(r.Title, "title", "专利名称", MaxName, v);
        if (r.AppliedOn is not { } applied)
        {
            v.Add("appliedOn", "请填写申请日");
        }
        else
        {
            if (applied > today)
            {
                v.Add("appliedOn", $"申请日不能晚于今天（{Zh.Date(today)}）");
            }
            else if (applied.Year < 1985)
            {
                v.Add("appliedOn", "申请日应在1985年以后（《专利法》自1985年4月1日施行）");
            }
            // The number's year is the year the office received the application (ZC 0006-2003), except a PCT
            // application, numbered when it enters China.
            else if (parsed is { Pct: false } && parsed.Year != applied.Year)
            {
                v.Add("appliedOn", $"申请日（{Zh.Date(applied)}）与申请号 {parsed.Application} 的申请年份 {parsed.Year} 不符");
            }
        }
        if (r.GrantedOn is { } granted)
        {
            if (granted > today)
            {
                v.Add("grantedOn", $"授权公告日不能晚于今天（{Zh.Date(today)}）");
            }
            else if (r.AppliedOn is { } a && granted < a)
            {
                v.Add("grantedOn", $"授权公告日（{Zh.Date(granted)}）不能早于申请日（{Zh.Date(a)}）");
            }
        }
        if (r.LapsedOn is { } lapsed)
        {
            if (r.GrantedOn is not { } g)
            {
                v.Add("lapsedOn", "未授权的专利没有失效日期：驳回或撤回的申请请选择相应状态");
            }
            else if (lapsed < g)
            {
                v.Add("lapsedOn", $"失效日期（{Zh.Date(lapsed)}）不能早于授权公告日（{Zh.Date(g)}）");
            }
            else if (lapsed > today)
            {
                v.Add("lapsedOn", $"失效日期不能晚于今天（{Zh.Date(today)}）");
            }
        }
        var status = string.IsNullOrWhiteSpace(r.Status)
            ? r.LapsedOn is not null ? Lapsed : r.GrantedOn is not null ? Granted : Pending
            : r.Status.Trim();
        if (!Statuses.Contains(status))
        {
            v.Add("status", $"法律状态“{status}”不对：应为{string.Join("、", Statuses)}之一");
        }
        else if (status is Granted or Lapsed && r.GrantedOn is null)
        {
            v.Add("grantedOn", $"{status}的专利请填写授权公告日");
        }
        else if (status is Pending or Refused or Withdrawn && r.GrantedOn is not null)
        {
            v.Add("status", $"填写了授权公告日的专利，法律状态应为已授权或已失效，而不是{status}");
        }
        else if (status == Lapsed && r.LapsedOn is null)
        {
            v.Add("lapsedOn", "已失效的专利请填写失效日期");
        }
        else if (status == Granted && r.LapsedOn is not null)
        {
            v.Add("status", "填写了失效日期的专利，法律状态应为已失效");
        }
        return v.HasErrors ? (null, null, null) : (parsed!.Application, kind, status);
    }

    /// <summary>A kind as people write it: the three names, and the office's short forms.</summary>
    public static string? Kind(string text) => text.Trim() switch
    {
        "发明" or "发明专利" or "发明授权" or "发明申请" => PatentKinds.Invention,
        "实用新型" or "实用新型专利" or "实用" => PatentKinds.UtilityModel,
        "外观设计" or "外观设计专利" or "外观" => PatentKinds.Design,
        _ => null,
    };

    /// <summary>
    /// Valid at the end of <paramref name="day"/>: granted on or before it and not lapsed by then (《专利法》第四十二条–
    /// 第四十四条: protection runs from grant until the term ends or the patent lapses).
    /// </summary>
    public static bool ValidOn(DateOnly? grantedOn, DateOnly? lapsedOn, DateOnly day) =>
        grantedOn is { } g && g <= day && (lapsedOn is not { } l || l > day);

    /// <summary>
    /// 每万人口发明专利拥有量 (docs/domain.md §7.8): valid invention patents per 10,000 resident population, the
    /// population given in 万人; two decimals, half away from zero. Null without a positive population.
    /// </summary>
    public static decimal? PerTenThousand(int validInventions, decimal? populationInTenThousands) =>
        populationInTenThousands is { } p && p > 0m ? decimal.Round(validInventions / p, 2, MidpointRounding.AwayFromZero) : null;

    public static void Population(PopulationRequest r, DateOnly today, Validation v)
    {
        if (r.Year is not { } year)
        {
            v.Add("year", "请填写年份");
        }
        else if (year < 1985 || year > today.Year)
        {
            v.Add("year", $"年份应在1985年至{today.Year}年之间");
        }
        if (r.Population is not { } p)
        {
            v.Add("population", "请填写年末常住人口（万人）");
        }
        else if (p <= 0m || p > 20000m)
        {
            v.Add("population", "常住人口以万人计，应大于0（如 76.5 表示76.5万人）");
        }
        Optional(r.Source, "source", "数据来源", MaxName, v);
    }

    public static void Trademark(TrademarkRequest r, DateOnly today, Validation v)
    {
        Text(r.Name, "name", "商标名称", MaxName, v);
        Text(r.Holder, "holder", "注册人", MaxName, v);
        var number = r.RegistrationNumber?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            v.Add("registrationNumber", "请填写商标注册号");
        }
        else if (number.Length > 20 || !number.All(char.IsAsciiDigit))
        {
            v.Add("registrationNumber", $"商标注册号“{number}”应为数字（如 12345678）");
        }
        if (string.IsNullOrWhiteSpace(r.Kind) || !TrademarkKinds.Contains(r.Kind.Trim()))
        {
            v.Add("kind", $"商标类型应为{string.Join("、", TrademarkKinds)}之一");
        }
        Optional(r.Classes, "classes", "核定类别", 50, v);
        if (r.RegisteredOn is not { } registered)
        {
            v.Add("registeredOn", "请填写注册日期");
        }
        else if (registered > today)
        {
            v.Add("registeredOn", $"注册日期不能晚于今天（{Zh.Date(today)}）");
        }
        else if (r.ExpiresOn is { } expires && expires <= registered)
        {
            v.Add("expiresOn", $"有效期至（{Zh.Date(expires)}）应晚于注册日期（{Zh.Date(registered)}）");
        }
    }

    public static void Case(IpCaseRequest r, DateOnly today, Validation v)
    {
        Text(r.Title, "title", "案由", MaxName, v);
        Text(r.Complainant, "complainant", "请求人", MaxName, v);
        Text(r.Respondent, "respondent", "被请求人", MaxName, v);
        if (string.IsNullOrWhiteSpace(r.Kind) || !CaseKinds.Contains(r.Kind.Trim()))
        {
            v.Add("kind", $"纠纷类型应为{string.Join("、", CaseKinds)}之一");
        }
        Optional(r.Outcome, "outcome", "处理结果", MaxRemark, v);
        if (r.ReceivedOn is not { } received)
        {
            v.Add("receivedOn", "请填写收案日期");
            return;
        }
        if (received > today)
        {
            v.Add("receivedOn", $"收案日期不能晚于今天（{Zh.Date(today)}）");
        }
        if (r.HandledOn is { } handled && handled < received)
        {
            v.Add("handledOn", $"立案处理日期（{Zh.Date(handled)}）不能早于收案日期（{Zh.Date(received)}）");
        }
        if (r.ClosedOn is { } closed)
        {
            if (closed < (r.HandledOn ?? received))
            {
                v.Add("closedOn", $"结案日期（{Zh.Date(closed)}）不能早于{(r.HandledOn is null ? "收案" : "立案处理")}日期");
            }
            else if (closed > today)
            {
                v.Add("closedOn", $"结案日期不能晚于今天（{Zh.Date(today)}）");
            }
            if (string.IsNullOrWhiteSpace(r.Outcome))
            {
                v.Add("outcome", "结案的纠纷请填写处理结果");
            }
        }
    }

    /// <summary>已受理, 处理中 or 已结案, from the dates.</summary>
    public static string CaseStatus(DateOnly? handledOn, DateOnly? closedOn) =>
        closedOn is not null ? "已结案" : handledOn is not null ? "处理中" : "已受理";

    public static string? Blank(string? text) => Validation.Blank(text);

    private static void Text(string? text, string field, string label, int max, Validation v) => v.Text(text, field, label, max);

    private static void Optional(string? text, string field, string label, int max, Validation v) => v.Optional(text, field, label, max);
}
