namespace Kechuang.Seismic;

/// <summary>POST /api/seismic/approvals and PUT …/{id}: <see cref="LimitDays"/> defaults to 10 working days.</summary>
public sealed record ApprovalRequest(
    string? ProjectName, string? Applicant, string? RegionCode, DateOnly? ReceivedOn, int? LimitDays = null,
    string? Site = null, string? Requirement = null, int? Version = null);

/// <summary>POST /api/seismic/approvals/{id}/decide: 批准 or 不予批准, the day and the document number.</summary>
public sealed record DecisionRequest(string? Decision, DateOnly? DecidedOn, string? DocumentNumber, string? Remark = null, string? Requirement = null);

public sealed record StationRequest(string? Name, string? Kind, string? RegionCode, string? Site, string? Keeper, DateOnly? BuiltOn, string? Status, int? Version = null);

public sealed record DrillRequest(string? Title, DateOnly? HeldOn, string? Place, string? RegionCode, int? Participants, string? Organiser, int? Version = null);

/// <summary>Filters of the approvals: <see cref="Status"/> 办理中/已办结 (or pending/done), <see cref="Overdue"/> pending past
/// the due date, <see cref="DueSoon"/> pending and due within <see cref="SeismicRules.DueSoonDays"/> working days.</summary>
public sealed record ListApprovalsQuery(
    string? RegionCode = null, string? Status = null, bool? Overdue = null, bool? DueSoon = null, string? Q = null, int? Year = null, int? Page = null, int? PageSize = null);
