namespace Kechuang.Market.Feedback;

/// <summary>
/// A broker's verdict on a recommended pair (docs/domain.md § 产学研 — 检索与推荐, Feedback): a need and an achievement
/// or expert, confirmed or rejected, kept per region (the need's county) and handed to that region's engines (ADR 0019).
/// The latest verdict on a pair replaces an earlier one; clearing it deletes the row.
/// </summary>
public sealed class BrokerVerdict
{
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string RegionCode { get; init; }
    public Guid NeedId { get; init; }

    /// <summary><c>achievement</c> or <c>expert</c> (MarketHit's kind names).</summary>
    public required string OtherKind { get; init; }

    public Guid OtherId { get; init; }
    public required string Verdict { get; set; }
    public required string JudgedBy { get; set; }
    public DateTimeOffset JudgedAt { get; set; }
}
