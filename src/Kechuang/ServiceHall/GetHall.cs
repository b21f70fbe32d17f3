using Kechuang.Common;
using Kechuang.Contracts;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Evaluations;
using Kechuang.Policies;
using Kechuang.Projects.Applications;
using Kechuang.Projects.Calls;
using Kechuang.Users;
using Kechuang.Visits;
using Kechuang.Vouchers;

namespace Kechuang.ServiceHall;

/// <summary>
/// GET /api/hall: an enterprise user's home (docs/domain.md §7.12). Every section comes from the module that owns it,
/// through the use case the enterprise would call itself, so the hall shows nothing the enterprise could not see
/// elsewhere and applies each module's own rules.
/// </summary>
public sealed class GetHall(
    KechuangDbContext db, TimeProvider clock, GetEnterprise enterprise, ListQualifications titles, ListYearFacts facts,
    EvaluateHte hte, EvaluateTechSme techSme, ListOpenCalls openCalls, CheckEligibility eligibility, PreviewPolicy policies,
    ListMyAwards awards, ListApplications applications, ListVouchers vouchers, ListContracts contracts, ListMyProblems problems)
{
    /// <summary>Titles running out within this many days are a to-do (the cultivation reminders default to 6 months, §4.4).</summary>
    public const int ExpiryWarningDays = 183;

    /// <summary>Open calls closing within this many days are a to-do.</summary>
    public const int ClosingSoonDays = 14;

    public async Task<HallDto> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        var id = HallAccess.OwnEnterprise(caller);
        var today = clock.TodayInChina();
        var profile = await enterprise.HandleAsync(caller, id, ct);
        var admin = await HallAccounts.AdminAsync(db, id, ct) == caller.UserId;
        var held = await titles.HandleAsync(caller, id, ct);
        var titleRows = held.OrderBy(t => t.Status == "有效" ? 0 : 1).ThenByDescending(t => t.IssuedOn)
            .Select(t => new HallTitle(t.Type, t.Number, t.IssuedOn, t.ExpiresOn, t.Status,
                t.ExpiresOn is { } end && t.RevokedOn is null && end >= today ? end.DayNumber - today.DayNumber : null))
            .ToList();
        var years = await FactsAsync(caller, id, today, ct);
        var ladder = await HallLadders.BuildAsync(caller, id, held, today, hte, techSme, ct);
        var calls = await CallsAsync(caller, ct);
        var open = await policies.OpenAsync(caller, ct);
        var policyRows = open.Select(p => new HallPolicy(p.Clause.Code, p.Clause.Name, p.Preview.Year, p.Preview.Qualifies, p.Preview.Amount,
                p.Preview.Reason, p.Preview.CanApply, p.Preview.CannotApply, p.Preview.Award?.Status))
            .OrderByDescending(p => p.Qualifies).ThenBy(p => p.Code).ToList();
        var records = await RecordsAsync(caller, id, ct);
        var todos = HallTodos.For(titleRows, years, ladder, calls, policyRows, records, today);
        return new HallDto(profile, admin, titleRows, years, ladder, calls, policyRows, records.Lists, todos);
    }

    /// <summary>The last three fiscal years; the year before this one is due each 31 May.</summary>
    private async Task<List<HallFactsYear>> FactsAsync(Caller caller, Guid id, DateOnly today, CancellationToken ct)
    {
        var filed = (await facts.HandleAsync(caller, id, ct)).ToDictionary(f => f.Year);
        return [.. Enumerable.Range(today.Year - 3, 3).Reverse().Select(y =>
        {
            var row = filed.GetValueOrDefault(y);
            return new HallFactsYear(y, row is not null, HallRules.FactsDue(y), row is null && today > HallRules.FactsDue(y), row);
        })];
    }

    /// <summary>The calls open today, soonest closing first, each with the same eligibility check a submission makes (§6.2).</summary>
    private async Task<List<HallCall>> CallsAsync(Caller caller, CancellationToken ct)
    {
        var list = new List<HallCall>();
        foreach (var call in (await openCalls.HandleAsync(ct)).Take(20))
        {
            var check = await eligibility.HandleAsync(caller, call.Id, null, ct);
            list.Add(new HallCall(call.Id, call.Title, call.Programme, call.ClosesOn, call.CapPerProject, check.Eligible, check.Reasons));
        }
        return list;
    }

    private async Task<HallRecords> RecordsAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var apps = await applications.HandleAsync(caller, new ListApplicationsQuery(PageSize: 5), ct);
        var returned = await applications.HandleAsync(caller, new ListApplicationsQuery(Status: ApplicationStatus.Returned, PageSize: 20), ct);
        var rewards = await awards.HandleAsync(caller, 1, 5, ct);
        var cards = await vouchers.HandleAsync(caller, new ListVouchersQuery(PageSize: 5), ct);
        var sold = await contracts.HandleAsync(caller, new ListContractsQuery(PageSize: 5), ct);
        var raised = await problems.HandleAsync(caller, ct);
        return new HallRecords(
        [
            new("applications", "项目申报", apps.Total, "/projects/applications",
                [.. apps.Items.Select(a => new HallItem(a.Title, a.Status, a.ApprovedFunding ?? a.TotalSpecial, a.SubmittedAt is { } s ? DateOnly.FromDateTime(s.UtcDateTime) : null, "/projects/applications"))]),
            new("awards", "政策奖补", rewards.Total, "/policies/mine",
                [.. rewards.Items.Select(a => new HallItem($"{a.ClauseName}（{a.Year}年度）", a.Status, a.Amount, a.PublicTo ?? a.ApprovedOn, "/policies/mine"))]),
            new("vouchers", "创新券", cards.Total, "/vouchers",
                [.. cards.Items.Select(v => new HallItem($"{v.ProgrammeName ?? "创新券"} {v.Number}", v.Status, v.Balance, v.ValidUntil, $"/vouchers/{v.Id}"))]),
            new("contracts", "技术合同", sold.Total, "/contracts",
                [.. sold.Items.Select(c => new HallItem(c.Name, c.StatusName, c.TechTransaction, c.SignedOn, $"/contracts/{c.Id}"))]),
            new("problems", "走访反映的问题", raised.Count, "/hall/problems",
                [.. raised.Take(5).Select(p => new HallItem($"{p.Category}：{HallRules.Clip(p.Description, 30)}", p.Status, null, p.ClosedOn ?? p.RaisedOn, "/hall/problems"))]),
        ], returned.Items, rewards.Items);
    }
}

/// <summary>The record lists, and the rows the to-do list reads (returned applications, the latest awards).</summary>
internal sealed record HallRecords(IReadOnlyList<HallList> Lists, IReadOnlyList<ApplicationDto> Applications, IReadOnlyList<PolicyAwardDto> Awards);
