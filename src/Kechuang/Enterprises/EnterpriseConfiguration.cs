using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Enterprises;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.NameInitials).HasMaxLength(200);
        builder.Property(e => e.Uscc).HasMaxLength(18);
        builder.HasIndex(e => e.Uscc).IsUnique();
        builder.Property(e => e.RegionCode).HasMaxLength(12);
        builder.Property(e => e.TownCode).HasMaxLength(12);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.IndustryCode).HasMaxLength(10);
        builder.Property(e => e.TechnologyField).HasMaxLength(20);
        builder.Property(e => e.ContactName).HasMaxLength(50);
        builder.Property(e => e.ContactPhone).HasMaxLength(30);
        builder.Property(e => e.ContactEmail).HasMaxLength(100);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // Covers region-scoped listing and search by name or USCC prefix: the id comes with the index entry, and the
        // USCC lets SQLite test a code-like term without reading the row (ListEnterprises, ADR 0009).
        builder.HasIndex(e => new { e.RegionCode, e.Name, e.Id, e.Uscc });
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnterpriseYearConfiguration : IEntityTypeConfiguration<EnterpriseYear>
{
    public void Configure(EntityTypeBuilder<EnterpriseYear> builder)
    {
        builder.HasIndex(f => new { f.EnterpriseId, f.Year }).IsUnique();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> builder)
    {
        builder.Property(q => q.Type).HasMaxLength(50);
        builder.Property(q => q.Number).HasMaxLength(100);
        builder.HasIndex(q => new { q.EnterpriseId, q.Type });
        builder.HasIndex(q => new { q.Type, q.ExpiresOn });
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(q => q.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<QualificationType>().WithMany().HasForeignKey(q => q.Type).OnDelete(DeleteBehavior.Restrict);
        builder.Property(q => q.Version).IsConcurrencyToken();
    }
}

internal sealed class QualificationTypeConfiguration : IEntityTypeConfiguration<QualificationType>
{
    public void Configure(EntityTypeBuilder<QualificationType> builder)
    {
        builder.HasKey(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(50);
        builder.HasData(QualificationType.Defaults);
    }
}
