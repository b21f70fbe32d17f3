using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Market.Events;

/// <summary>
/// A matchmaking event (产学研对接活动, docs/domain.md §7.1): when and where, who organised it, the enterprises and the
/// universities or institutes invited and who came, the need × achievement pairs put to them, and the intentions
/// reached on site. Its outcomes are the cooperation projects that name it.
/// </summary>
public sealed class MarketEvent : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => MarketIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The county whose bureau holds it.</summary>
    public required string RegionCode { get; set; }

    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }

    /// <summary>主办/承办单位, as written.</summary>
    public string? Organisers { get; set; }

    public string? Notes { get; set; }
    public List<EventInvitee> Invitees { get; init; } = [];
    public List<EventPair> Pairs { get; init; } = [];
    public List<EventIntention> Intentions { get; init; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>An invited enterprise of the register (<see cref="EnterpriseId"/> set) or university/institute (by name), and whether it came.</summary>
public sealed class EventInvitee
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public int Position { get; init; }
    public Guid? EnterpriseId { get; init; }
    public required string Name { get; init; }
    public bool Attended { get; init; }

    /// <summary>到场人数.</summary>
    public int HeadCount { get; init; }
}

/// <summary>A need × achievement pair put to the event, with the titles and parties as they were then.</summary>
public sealed class EventPair
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public int Position { get; init; }
    public Guid NeedId { get; init; }
    public required string NeedTitle { get; init; }
    public Guid EnterpriseId { get; init; }
    public required string EnterpriseName { get; init; }
    public Guid AchievementId { get; init; }
    public required string AchievementTitle { get; init; }
    public required string Holder { get; init; }
}

/// <summary>An intention reached on site (意向): an enterprise and a holder, perhaps about a pair, with a note.</summary>
public sealed class EventIntention
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public int Position { get; init; }
    public Guid EnterpriseId { get; init; }
    public required string EnterpriseName { get; init; }
    public required string Holder { get; init; }
    public Guid? NeedId { get; init; }
    public Guid? AchievementId { get; init; }
    public string? Note { get; init; }
}
