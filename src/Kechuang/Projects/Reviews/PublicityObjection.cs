namespace Kechuang.Projects.Reviews;

/// <summary>
/// An objection received during the 立项公示 (公示异议, docs/domain.md §6.5): who raised it, when, against which
/// proposed project and what it says, then how the bureau handled it. Upheld, the project is not approved; approval
/// waits until every objection is handled.
/// </summary>
public sealed class PublicityObjection
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid ApplicationId { get; init; }
    public DateOnly ReceivedOn { get; init; }

    /// <summary>异议人: a name or an organisation; objections under a real name are the ones a bureau must handle.</summary>
    public required string RaisedBy { get; init; }

    public required string Content { get; init; }
    public string? Handling { get; set; }
    public bool? Upheld { get; set; }
    public string? HandledBy { get; set; }
    public DateTimeOffset? HandledAt { get; set; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public sealed record ObjectionRequest(Guid? ApplicationId, DateOnly? ReceivedOn, string? RaisedBy, string? Content);

public sealed record ObjectionHandling(string? Handling, bool? Upheld);

public sealed record ObjectionDto(Guid Id, Guid ApplicationId, string ApplicationTitle, string EnterpriseName, DateOnly ReceivedOn, string RaisedBy,
    string Content, string? Handling, bool? Upheld, string? HandledBy, DateTimeOffset? HandledAt, string RecordedBy);
