using Kechuang.Data;

namespace Kechuang.Market.Achievements;

/// <summary>
/// A technology achievement on offer (科技成果, docs/domain.md §7.1): what a university or institute holds, how mature
/// it is, its patents, and on what terms it may be transferred. Kept by the bureau of <see cref="RegionCode"/>, which
/// brings it to the enterprises of its region; the holder may be anywhere.
/// </summary>
public sealed class Achievement : IVersioned, Indicators.Derived.IFeedsIndicators
{
    string Indicators.Derived.IFeedsIndicators.Register => MarketIndicators.RegisterName;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>持有单位: the university or institute, by name.</summary>
    public required string Holder { get; set; }

    public required string RegionCode { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? Field { get; set; }
    public List<string> Keywords { get; set; } = [];

    /// <summary>成熟度: 小试, 中试 or 产业化.</summary>
    public required string Stage { get; set; }

    /// <summary>Asking price in yuan; null is 面议.</summary>
    public decimal? Price { get; set; }

    public required string TransferMode { get; set; }
    public List<AchievementPatent> Patents { get; init; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A patent behind the achievement: its number (check digit verified) and when it expires.</summary>
public sealed class AchievementPatent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AchievementId { get; init; }
    public required string Number { get; init; }
    public DateOnly? ExpiresOn { get; init; }
}
