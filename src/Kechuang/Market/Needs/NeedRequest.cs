namespace Kechuang.Market.Needs;

/// <summary>
/// A need as the form, the API and the import write it. <see cref="EnterpriseId"/> is the bureau's choice; an
/// enterprise user's need is always its own enterprise's. <see cref="Version"/> guards an edit.
/// </summary>
public sealed record NeedRequest(
    string? Title,
    string? Description = null,
    string? TargetParameters = null,
    string? Field = null,
    IReadOnlyList<string>? Keywords = null,
    decimal? BudgetMin = null,
    decimal? BudgetMax = null,
    string? CooperationMode = null,
    DateOnly? Deadline = null,
    string? Status = null,
    Guid? EnterpriseId = null,
    int? Version = null);

/// <summary>The bureau's return of a need to its enterprise, with the reason.</summary>
public sealed record ReturnNeedRequest(string? Reason);

public sealed record NeedDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string RegionCode,
    string Title,
    string? Description,
    string? TargetParameters,
    string? Field,
    IReadOnlyList<string> Keywords,
    decimal? BudgetMin,
    decimal? BudgetMax,
    string CooperationMode,
    DateOnly? Deadline,
    string Status,
    string Review,
    string? ReturnReason,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static NeedDto From(TechNeed n) => new(
        n.Id, n.EnterpriseId, n.EnterpriseName, n.RegionCode, n.Title, n.Description, n.TargetParameters, n.Field, n.Keywords,
        n.BudgetMin, n.BudgetMax, n.CooperationMode, n.Deadline, n.Status, n.Review, n.ReturnReason, n.PublishedAt, n.UpdatedAt, n.Version);
}
