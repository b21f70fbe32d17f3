using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Enterprises;

/// <summary>A title an enterprise holds (高新技术企业, 科技型中小企业 …) with its certificate or registration number.</summary>
public sealed class Qualification : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => EnterpriseIndicators.RegisterName;

    string? IFeedsIndicators.RegionFed(Microsoft.EntityFrameworkCore.DbContext context) => Enterprise.TrackedRegion(context, EnterpriseId);

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; init; }

    /// <summary>The type's Chinese name, one of <see cref="QualificationType"/>.</summary>
    public required string Type { get; set; }

    public required string Number { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Set when the title was withdrawn before it expired (撤销).</summary>
    public DateOnly? RevokedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>有效 / 已过期 / 已撤销 on <paramref name="date"/>.</summary>
    public string StatusOn(DateOnly date) =>
        RevokedOn is { } revoked && revoked <= date ? "已撤销"
        : ExpiresOn is { } expires && expires < date ? "已过期"
        : IssuedOn > date ? "未生效"
        : "有效";

    public bool IsValidOn(DateOnly date) => StatusOn(date) == "有效";
}
