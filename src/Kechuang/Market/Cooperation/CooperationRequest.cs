namespace Kechuang.Market.Cooperation;

/// <summary>
/// A cooperation project as the form and the API write it. Amounts in yuan (the form asks 万元). The enterprise comes
/// from <see cref="NeedId"/> when given, else <see cref="EnterpriseId"/>; the holder from <see cref="Holder"/>, else the
/// achievement's holder, else the expert's organisation. <see cref="Contract"/> is a contract's id or 登记编号.
/// </summary>
public sealed record CooperationRequest(
    string? Title,
    string? Mode,
    DateOnly? SignedOn,
    decimal? Amount,
    Guid? EnterpriseId = null,
    string? Holder = null,
    Guid? NeedId = null,
    Guid? AchievementId = null,
    Guid? ExpertId = null,
    Guid? EventId = null,
    string? Contract = null,
    DateOnly? NextFollowUpOn = null,
    string? Notes = null,
    int? Version = null);

public sealed record PaymentRequest(DateOnly? PaidOn, decimal? Amount, string? Note = null);

/// <summary>A follow-up done: what was learnt and when to look again (none: no more follow-up).</summary>
public sealed record FollowUpRequest(string? Note, DateOnly? NextFollowUpOn);

public sealed record PaymentDto(Guid Id, DateOnly PaidOn, decimal Amount, string? Note);

public sealed record CooperationDto(
    Guid Id,
    string RegionCode,
    Guid EnterpriseId,
    string EnterpriseName,
    string Holder,
    string Title,
    string Mode,
    DateOnly SignedOn,
    decimal Amount,
    decimal Paid,
    Guid? NeedId,
    string? NeedTitle,
    Guid? AchievementId,
    string? AchievementTitle,
    Guid? ExpertId,
    string? ExpertName,
    Guid? EventId,
    string? EventTitle,
    Guid? ContractId,
    string? ContractLabel,
    DateOnly? NextFollowUpOn,
    DateOnly? LastFollowUpOn,
    string? FollowUpNote,
    bool Overdue,
    string? Notes,
    IReadOnlyList<PaymentDto> Payments,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static CooperationDto From(CooperationProject c, DateOnly today) => new(
        c.Id, c.RegionCode, c.EnterpriseId, c.EnterpriseName, c.Holder, c.Title, c.Mode, c.SignedOn, c.Amount, c.Payments.Sum(p => p.Amount),
        c.NeedId, c.NeedTitle, c.AchievementId, c.AchievementTitle, c.ExpertId, c.ExpertName, c.EventId, c.EventTitle, c.ContractId, c.ContractLabel,
        c.NextFollowUpOn, c.LastFollowUpOn, c.FollowUpNote, c.NextFollowUpOn < today, c.Notes,
        [.. c.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.Id).Select(p => new PaymentDto(p.Id, p.PaidOn, p.Amount, p.Note))], c.UpdatedAt, c.Version);
}

/// <summary>Filters: <see cref="Q"/> over title, enterprise and holder; <see cref="Overdue"/> only those whose follow-up date has passed.</summary>
public sealed record ListCooperationsQuery(string? Region = null, string? Q = null, string? Mode = null, bool? Overdue = null, int? Year = null,
    int? Page = null, int? PageSize = null);

/// <summary>A follow-up overdue for the broker: the project, the date passed and by how many days.</summary>
public sealed record FollowUpReminder(Guid Id, string Title, string EnterpriseName, string Holder, DateOnly NextFollowUpOn, int DaysOverdue, string Message);
