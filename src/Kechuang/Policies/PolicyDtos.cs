namespace Kechuang.Policies;

/// <summary>What a clause's budget holds (yuan): committed to lists and applications, approved, and paid.</summary>
public sealed record PolicyBudget(decimal? Budget, decimal Committed, decimal Approved, decimal Paid);

/// <summary>A clause's current edition as the pages and the API show it.</summary>
public sealed record PolicyDto(
    Guid Id, string Code, int Edition, string Name, string? Document, string RegionCode, string? RegionName, int Year,
    string Condition, string Amount, decimal? Cap, decimal? Budget, string OverBudget, bool AutoGrant,
    DateOnly? ValidFrom, DateOnly? ValidTo, DateTimeOffset CreatedAt, int Version, PolicyBudget Spending, bool CanEdit);

/// <summary>An earlier or the current text of a clause, with the awards computed with it.</summary>
public sealed record PolicyEditionDto(Guid Id, int Edition, bool Current, string Condition, string Amount, decimal? Cap, decimal? Budget,
    string OverBudget, bool AutoGrant, DateTimeOffset CreatedAt, string? CreatedBy, int Awards);

/// <summary>GET /api/policies/{code}: the clause, its editions and its awards counted by status.</summary>
public sealed record PolicyDetailDto(PolicyDto Clause, IReadOnlyList<PolicyEditionDto> Editions, IReadOnlyDictionary<string, int> AwardsByStatus);

/// <summary>An award as the lists show it (the trace only on one award's detail).</summary>
public sealed record PolicyAwardDto(
    Guid Id, string Code, int Edition, string ClauseName, int Year, Guid EnterpriseId, string EnterpriseName, string Uscc, string RegionCode,
    string Source, string Status, decimal Amount, DateTimeOffset? AppliedAt, DateOnly? PublicFrom, DateOnly? PublicTo, string? Objection,
    string? Answer, string? Reason, DateOnly? ApprovedOn, DateOnly? PaidOn, decimal PaidAmount, string? VoucherNo, int Version,
    IReadOnlyList<TraceLine>? Trace);

/// <summary>The outcome of drafting a 免申即享 list or the applicants' list.</summary>
public sealed record DraftResult(int Listed, decimal Total, int Unknown, IReadOnlyList<Beneficiary> Unknowns);

/// <summary>POST …/awards/publish: the 公示 period as posted (it may have started before it is recorded).</summary>
public sealed record PublishRequest(int? Year, DateOnly? From, DateOnly? To);

/// <summary>POST …/awards/approve: the day the bureau decided (today when not given), after the 公示 period.</summary>
public sealed record ApproveRequest(int? Year, DateOnly? ApprovedOn = null);

/// <summary>POST /api/policy-awards/{id}/refuse: 不予兑现 with the reason.</summary>
public sealed record RefuseRequest(string? Reason, int? Version);

/// <summary>POST /api/policy-awards/{id}/objection: an objection received during 公示.</summary>
public sealed record ObjectionRequest(string? Text, DateOnly? ReceivedOn, int? Version);

/// <summary>POST /api/policy-awards/{id}/objection/answer: upheld (不予兑现) or dismissed (back in 公示), with the answer.</summary>
public sealed record ObjectionAnswerRequest(bool? Upheld, string? Answer, int? Version);

/// <summary>POST /api/policy-awards/{id}/payment: what was paid, when, under which accounting voucher.</summary>
public sealed record PaymentRequest(DateOnly? PaidOn, decimal? Amount, string? VoucherNo, int? Version);

/// <summary>POST /api/policies/{code}/applications.</summary>
public sealed record ApplyRequest(int? Year);

/// <summary>An enterprise's own computation before it applies.</summary>
public sealed record PolicyPreview(string Code, int Year, bool Qualifies, string Status, decimal Amount, string? Reason, IReadOnlyList<TraceLine> Trace,
    PolicyAwardDto? Award, bool CanApply, string? CannotApply);

/// <summary>A region's yearly total per enterprise (总额度) and the clauses outside it.</summary>
public sealed record CeilingRequest(string? RegionCode, int? Year, decimal? Amount, string? Exemptions, string? Note, int? Version);

public sealed record CeilingDto(Guid Id, string RegionCode, int Year, decimal Amount, IReadOnlyList<string> Exemptions, string? Note, int Version);
