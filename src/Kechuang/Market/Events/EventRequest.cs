namespace Kechuang.Market.Events;

/// <summary>
/// An event as the form and the API write it, whole: the invitees (an enterprise of the register by id, or a
/// university/institute by name), with attendance; the pairs (need × achievement of the county); the intentions (a
/// need or an enterprise, an achievement or a holder, and a note). <see cref="Version"/> guards an edit.
/// </summary>
public sealed record EventRequest(
    string? Title,
    DateOnly? HeldOn,
    string? Place,
    string? Organisers = null,
    string? RegionCode = null,
    string? Notes = null,
    IReadOnlyList<InviteeRequest>? Invitees = null,
    IReadOnlyList<PairRequest>? Pairs = null,
    IReadOnlyList<IntentionRequest>? Intentions = null,
    int? Version = null);

/// <summary>An enterprise of the register (<see cref="EnterpriseId"/>) or a university/institute by <see cref="Name"/>.</summary>
public sealed record InviteeRequest(Guid? EnterpriseId = null, string? Name = null, bool Attended = false, int? HeadCount = null);

public sealed record PairRequest(Guid NeedId, Guid AchievementId);

/// <summary>The enterprise from <see cref="NeedId"/> or <see cref="EnterpriseId"/>; the holder from <see cref="AchievementId"/> or <see cref="Holder"/>.</summary>
public sealed record IntentionRequest(Guid? NeedId = null, Guid? AchievementId = null, Guid? EnterpriseId = null, string? Holder = null, string? Note = null);

/// <summary>The enterprises whose published needs the engine pairs with achievements, for an event being prepared.</summary>
public sealed record SuggestPairsRequest(IReadOnlyList<Guid>? EnterpriseIds, int? PerNeed = null);

public sealed record InviteeDto(Guid? EnterpriseId, string Name, bool Attended, int HeadCount)
{
    public string Kind => EnterpriseId is null ? "高校院所" : "企业";
}

public sealed record PairDto(Guid NeedId, string NeedTitle, Guid EnterpriseId, string EnterpriseName, Guid AchievementId, string AchievementTitle, string Holder,
    double? Score = null, string? Reasons = null);

public sealed record IntentionDto(Guid EnterpriseId, string EnterpriseName, string Holder, Guid? NeedId, Guid? AchievementId, string? Note);

/// <summary>A cooperation project that names the event: its outcome.</summary>
public sealed record EventOutcomeDto(Guid Id, string Title, string EnterpriseName, string Holder, decimal Amount, DateOnly SignedOn);

public sealed record EventDto(
    Guid Id,
    string RegionCode,
    string Title,
    DateOnly HeldOn,
    string Place,
    string? Organisers,
    string? Notes,
    bool Held,
    IReadOnlyList<InviteeDto> Invitees,
    IReadOnlyList<PairDto> Pairs,
    IReadOnlyList<IntentionDto> Intentions,
    IReadOnlyList<EventOutcomeDto> Outcomes,
    int InvitedEnterprises,
    int AttendedUnits,
    int HeadCount,
    DateTimeOffset UpdatedAt,
    int Version);

/// <summary>A row of the events list.</summary>
public sealed record EventRowDto(Guid Id, string RegionCode, string Title, DateOnly HeldOn, string Place, string? Organisers, bool Held,
    int InvitedEnterprises, int InvitedHolders, int AttendedUnits, int HeadCount, int Pairs, int Intentions, int Outcomes, int Version);

public sealed record ListEventsQuery(string? Region = null, string? Q = null, int? Year = null, int? Page = null, int? PageSize = null);
