using Kechuang.Enterprises;
using Kechuang.Enterprises.Rules;

namespace Kechuang.ServiceHall;

/// <summary>GET /api/hall: the enterprise's home, each section read through its own module's use case (docs/domain.md §7.12).</summary>
public sealed record HallDto(
    EnterpriseDto Enterprise,
    bool IsEnterpriseAdmin,
    IReadOnlyList<HallTitle> Titles,
    IReadOnlyList<HallFactsYear> Facts,
    HallLadder Ladder,
    IReadOnlyList<HallCall> Calls,
    IReadOnlyList<HallPolicy> Policies,
    IReadOnlyList<HallList> Records,
    IReadOnlyList<HallTodo> Todos);

/// <summary>A title with its dates; <paramref name="DaysLeft"/> until expiry when it has one and is valid.</summary>
public sealed record HallTitle(string Type, string Number, DateOnly IssuedOn, DateOnly? ExpiresOn, string Status, int? DaysLeft);

/// <summary>One fiscal year the enterprise files (年度数据填报): due by <see cref="HallRules.FactsDue"/>.</summary>
public sealed record HallFactsYear(int Year, bool Filed, DateOnly DueOn, bool Overdue, YearFactsDto? Facts);

/// <summary>
/// The cultivation ladder 科技型中小企业 → 高新技术企业 → 领军企业 (docs/domain.md §4): the titles held, the next one, its
/// verdict and gaps from the existing evaluations (§4.1, §4.2) on <paramref name="Year"/>'s facts.
/// </summary>
public sealed record HallLadder(
    int Year, IReadOnlyList<HallRung> Rungs, string? Next, string? NextVerdict, string Summary, IReadOnlyList<Condition> Gaps,
    HteEvaluation Hte, TechSmeEvaluation TechSme);

public sealed record HallRung(string Title, bool Held, DateOnly? ValidTo);

public sealed record HallCall(Guid Id, string Title, string Programme, DateOnly ClosesOn, decimal CapPerProject, bool Eligible, IReadOnlyList<string> Reasons);

public sealed record HallPolicy(string Code, string Name, int Year, bool Qualifies, decimal Amount, string? Reason, bool CanApply, string? CannotApply, string? AwardStatus);

/// <summary>One of the enterprise's records (applications, rewards, vouchers, contracts): a count, the latest few and the page of its own.</summary>
public sealed record HallList(string Kind, string Name, int Total, string Link, IReadOnlyList<HallItem> Items);

public sealed record HallItem(string Title, string Status, decimal? Amount, DateOnly? On, string Link);

/// <summary>Something the enterprise should do, soonest first; <paramref name="Kind"/> facts, title, call, award, application, ladder, policy.</summary>
public sealed record HallTodo(string Kind, string Text, DateOnly? DueOn, string Link);
