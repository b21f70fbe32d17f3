namespace Kechuang.Projects.Applications;

public sealed record ApplicationDto(
    Guid Id,
    Guid CallId,
    string CallTitle,
    Guid EnterpriseId,
    string EnterpriseName,
    string Title,
    string? Summary,
    string? Field,
    DateOnly? StartOn,
    DateOnly? EndOn,
    string? Leader,
    string? LeaderPhone,
    IReadOnlyList<string> Partners,
    string Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? CheckedAt,
    string? ReturnReason,
    IReadOnlyList<MemberRequest> Members,
    IReadOnlyList<MilestoneRequest> Milestones,
    IReadOnlyList<BudgetLineRequest> Budget,
    decimal TotalSpecial,
    decimal TotalOwn,
    decimal? ApprovedFunding,
    string? BudgetComment,
    int Version,
    IReadOnlyList<AttachmentDto> Attachments)
{
    public static ApplicationDto From(ProjectApplication a, string callTitle) => new(
        a.Id, a.CallId, callTitle, a.EnterpriseId, a.EnterpriseName, a.Title, a.Summary, a.Field, a.StartOn, a.EndOn, a.Leader, a.LeaderPhone,
        a.Partners, a.Status, a.SubmittedAt, a.CheckedAt, a.ReturnReason,
        [.. a.Members.OrderBy(m => m.SortOrder).Select(m => new MemberRequest(m.Name, m.Title, m.Role))],
        [.. a.Milestones.OrderBy(m => m.DueOn).Select(m => new MilestoneRequest(m.DueOn, m.Content))],
        [.. a.Budget.OrderBy(b => BudgetRules.Categories.ToList().IndexOf(b.Category)).Select(b => new BudgetLineRequest(b.Category, b.Special, b.Own, b.ApprovedSpecial))],
        a.Budget.Sum(b => b.Special), a.Budget.Sum(b => b.Own), a.ApprovedFunding, a.BudgetComment, a.Version,
        [.. a.Attachments.OrderBy(x => x.UploadedAt).Select(x => new AttachmentDto(x.Id, x.Requirement, x.FileName, x.Size, x.UploadedAt))]);
}

/// <summary>A file uploaded for one of the call's required items; its bytes at …/attachments/{id}.</summary>
public sealed record AttachmentDto(Guid Id, string Requirement, string FileName, long Size, DateTimeOffset UploadedAt);
