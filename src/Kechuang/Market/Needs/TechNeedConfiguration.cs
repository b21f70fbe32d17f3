using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Market.Needs;

internal sealed class TechNeedConfiguration : IEntityTypeConfiguration<TechNeed>
{
    public void Configure(EntityTypeBuilder<TechNeed> builder)
    {
        builder.ToTable("TechNeeds");
        builder.Property(n => n.EnterpriseName).HasMaxLength(200);
        builder.Property(n => n.RegionCode).HasMaxLength(12);
        builder.Property(n => n.Title).HasMaxLength(NeedRules.MaxTitle);
        builder.Property(n => n.Description).HasMaxLength(NeedRules.MaxText);
        builder.Property(n => n.TargetParameters).HasMaxLength(NeedRules.MaxText);
        builder.Property(n => n.Field).HasMaxLength(50);
        builder.Property(n => n.CooperationMode).HasMaxLength(10);
        builder.Property(n => n.Status).HasMaxLength(10);
        builder.Property(n => n.Review).HasMaxLength(10);
        builder.Property(n => n.ReturnReason).HasMaxLength(NeedRules.MaxReason);
        builder.Property(n => n.ReviewedBy).HasMaxLength(64);
        builder.Property(n => n.Version).IsConcurrencyToken();
        // Also the market index's watermark (count and version sum of a region) and its read of the published ids and
        // versions, from the index alone (ADR 0019).
        builder.HasIndex(n => new { n.RegionCode, n.Review, n.Version, n.Id });
        builder.HasIndex(n => n.EnterpriseId);
    }
}
