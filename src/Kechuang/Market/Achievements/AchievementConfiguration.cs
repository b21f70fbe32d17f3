using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Market.Achievements;

internal sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> builder)
    {
        builder.ToTable("Achievements");
        builder.Property(a => a.Holder).HasMaxLength(100);
        builder.Property(a => a.RegionCode).HasMaxLength(12);
        builder.Property(a => a.Title).HasMaxLength(AchievementRules.MaxTitle);
        builder.Property(a => a.Description).HasMaxLength(AchievementRules.MaxText);
        builder.Property(a => a.Field).HasMaxLength(50);
        builder.Property(a => a.Stage).HasMaxLength(10);
        builder.Property(a => a.TransferMode).HasMaxLength(10);
        builder.Property(a => a.Version).IsConcurrencyToken();
        // Also the market index's watermark (count and version sum of a region) and its id and version read, from the
        // index alone (ADR 0019).
        builder.HasIndex(a => new { a.RegionCode, a.Version, a.Id });
        builder.HasMany(a => a.Patents).WithOne().HasForeignKey(p => p.AchievementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AchievementPatentConfiguration : IEntityTypeConfiguration<AchievementPatent>
{
    public void Configure(EntityTypeBuilder<AchievementPatent> builder)
    {
        builder.ToTable("AchievementPatents");
        builder.Property(p => p.Number).HasMaxLength(20);
    }
}
