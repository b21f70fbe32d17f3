using Kechuang.Calendar;
using Kechuang.Common;

namespace Kechuang.Seismic;

/// <summary>What the registers' records must be (docs/domain.md §7.10); pure, every problem at once.</summary>
public static class SeismicRules
{
    public const int MaxName = 100;
    public const int MaxRemark = 500;

    /// <summary>The time limit a new approval gets unless the bureau enters its own (the county's published 承诺时限).</summary>
    public const int DefaultLimitDays = 10;

    /// <summary>The legal ceiling for a licence decided by one office: twenty working days, ten more with the head's
    /// approval (《中华人民共和国行政许可法》第四十二条, counted in working days by 第八十二条).</summary>
    public const int MaxLimitDays = 30;

    /// <summary>即将到期: pending and due within this many working days.</summary>
    public const int DueSoonDays = 3;

    public static void Check(ApprovalRequest r, DateOnly today, Validation v)
    {
        Text(r.ProjectName, "projectName", "项目名称", v);
        Text(r.Applicant, "applicant", "建设单位", v);
        Optional(r.Site, "site", "建设地点", MaxName, v);
        Optional(r.Requirement, "requirement", "抗震设防要求", MaxRemark, v);
        if (r.ReceivedOn is not { } received)
        {
            v.Add("receivedOn", "请填写受理日期");
        }
        else if (received > today)
        {
            v.Add("receivedOn", $"受理日期不能晚于今天（{Zh.Date(today)}）");
        }
        else if (received.Year < 2000)
        {
            v.Add("receivedOn", "受理日期应在2000年以后");
        }
        if (r.LimitDays is { } days && (days < 1 || days > MaxLimitDays))
        {
            v.Add("limitDays", $"办理时限应为1至{MaxLimitDays}个工作日（《行政许可法》第四十二条：二十日，经负责人批准可延长十日）");
        }
    }

    /// <summary>A decision: one of the two, dated not before receipt nor after today, with its document number.</summary>
    public static void Decision(SeismicApproval approval, DecisionRequest r, DateOnly today, Validation v)
    {
        if (r.Decision?.Trim() is not { } d || !SeismicWords.Decisions.Contains(d))
        {
            v.Add("decision", "审批结果应为“批准”或“不予批准”");
        }
        if (r.DecidedOn is not { } on)
        {
            v.Add("decidedOn", "请填写决定日期");
        }
        else if (on < approval.ReceivedOn)
        {
            v.Add("decidedOn", $"决定日期（{Zh.Date(on)}）不能早于受理日期（{Zh.Date(approval.ReceivedOn)}）");
        }
        else if (on > today)
        {
            v.Add("decidedOn", $"决定日期不能晚于今天（{Zh.Date(today)}）");
        }
        Text(r.DocumentNumber, "documentNumber", "批复文号", v, 50);
        Optional(r.Remark, "remark", "说明", MaxRemark, v);
        Optional(r.Requirement, "requirement", "抗震设防要求", MaxRemark, v);
        if (r.Decision?.Trim() == SeismicWords.Refuse && string.IsNullOrWhiteSpace(r.Remark))
        {
            // 《行政许可法》第三十八条: a refusal gives its reasons in writing.
            v.Add("remark", "不予批准应说明理由");
        }
    }

    public static void Station(StationRequest r, DateOnly today, Validation v)
    {
        Text(r.Name, "name", "台站名称", v);
        if (!SeismicWords.StationKinds.Contains(r.Kind?.Trim() ?? ""))
        {
            v.Add("kind", $"台站类型应为：{string.Join("、", SeismicWords.StationKinds)}");
        }
        if (!SeismicWords.StationStatuses.Contains(r.Status?.Trim() ?? ""))
        {
            v.Add("status", "运行状态应为“运行”或“停测”");
        }
        Optional(r.Site, "site", "台址", MaxName, v);
        Optional(r.Keeper, "keeper", "管理单位", MaxName, v);
        if (r.BuiltOn is { } built && built > today)
        {
            v.Add("builtOn", "建成日期不能晚于今天");
        }
    }

    public static void Drill(DrillRequest r, DateOnly today, Validation v)
    {
        Text(r.Title, "title", "演练名称", v);
        Text(r.Place, "place", "演练地点", v);
        Optional(r.Organiser, "organiser", "组织单位", MaxName, v);
        if (r.HeldOn is not { } held)
        {
            v.Add("heldOn", "请填写演练日期");
        }
        else if (held > today)
        {
            v.Add("heldOn", "只登记已举行的演练：日期不能晚于今天");
        }
        if (r.Participants is not { } n || n < 1 || n > 1_000_000)
        {
            v.Add("participants", "请填写参与人数（1人以上）");
        }
    }

    /// <summary>Sets the due date from the calendar; provisional when a year it spans has no calendar entered.</summary>
    public static void Schedule(SeismicApproval approval, WorkingDays calendar)
    {
        approval.DueOn = calendar.DueDate(approval.ReceivedOn, approval.LimitDays);
        approval.DueProvisional = calendar.MissingYears(approval.ReceivedOn, approval.DueOn).Count > 0;
    }

    private static void Text(string? text, string field, string label, Validation v, int max = MaxName) => v.Text(text, field, label, max);

    private static void Optional(string? text, string field, string label, int max, Validation v) => v.Optional(text, field, label, max);

    internal static string? Blank(string? text) => Validation.Blank(text);
}
