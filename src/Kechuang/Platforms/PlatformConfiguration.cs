using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Platforms;

internal sealed class PlatformConfiguration : IEntityTypeConfiguration<Platform>
{
    public void Configure(EntityTypeBuilder<Platform> builder)
    {
        builder.ToTable("Platforms");
        builder.Property(p => p.Name).HasMaxLength(PlatformRules.MaxNameLength);
        builder.Property(p => p.Kind).HasMaxLength(20);
        builder.Property(p => p.Level).HasMaxLength(10);
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.Property(p => p.HostName).HasMaxLength(PlatformRules.MaxNameLength);
        builder.Property(p => p.Field).HasMaxLength(50);
        builder.Property(p => p.WithdrawnReason).HasMaxLength(200);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.RecognisedOn);
        builder.HasIndex(p => new { p.RegionCode, p.Kind });
        // One platform of a kind per host enterprise (a second recognition of it is a duplicate, 409).
        builder.HasIndex(p => new { p.EnterpriseId, p.Kind });
        builder.HasMany(p => p.Recognitions).WithOne().HasForeignKey(r => r.PlatformId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Evaluations).WithOne().HasForeignKey(e => e.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlatformRecognitionConfiguration : IEntityTypeConfiguration<PlatformRecognition>
{
    public void Configure(EntityTypeBuilder<PlatformRecognition> builder)
    {
        builder.ToTable("PlatformRecognitions");
        builder.Property(r => r.Level).HasMaxLength(10);
        builder.Property(r => r.DocumentNumber).HasMaxLength(60);
        builder.HasIndex(r => new { r.PlatformId, r.RecognisedOn });
    }
}

internal sealed class PlatformEvaluationConfiguration : IEntityTypeConfiguration<PlatformEvaluation>
{
    public void Configure(EntityTypeBuilder<PlatformEvaluation> builder)
    {
        builder.ToTable("PlatformEvaluations");
        builder.Property(e => e.Grade).HasMaxLength(10);
        builder.HasIndex(e => new { e.PlatformId, e.Year }).IsUnique();
    }
}
