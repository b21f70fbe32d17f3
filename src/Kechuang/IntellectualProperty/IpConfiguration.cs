using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.IntellectualProperty;

internal sealed class PatentConfiguration : IEntityTypeConfiguration<Patent>
{
    public void Configure(EntityTypeBuilder<Patent> builder)
    {
        builder.ToTable("Patents");
        builder.Property(p => p.Applicant).HasMaxLength(PatentRules.MaxName);
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.Property(p => p.Number).HasMaxLength(16);
        builder.Property(p => p.Kind).HasMaxLength(8);
        builder.Property(p => p.Title).HasMaxLength(PatentRules.MaxName);
        builder.Property(p => p.Status).HasMaxLength(8);
        builder.Property(p => p.Version).IsConcurrencyToken();
        // One patent, one row (docs/domain.md §7.8): the normalised application number.
        builder.HasIndex(p => p.Number).IsUnique();
        builder.HasIndex(p => p.EnterpriseId);
        // The figures: a county's invention patents by grant date.
        builder.HasIndex(p => new { p.RegionCode, p.Kind, p.GrantedOn });
    }
}

internal sealed class RegionPopulationConfiguration : IEntityTypeConfiguration<RegionPopulation>
{
    public void Configure(EntityTypeBuilder<RegionPopulation> builder)
    {
        builder.ToTable("RegionPopulations");
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.Property(p => p.Population).HasPrecision(12, 2);
        builder.Property(p => p.Source).HasMaxLength(PatentRules.MaxName);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.RegionCode, p.Year }).IsUnique();
    }
}

internal sealed class TrademarkConfiguration : IEntityTypeConfiguration<Trademark>
{
    public void Configure(EntityTypeBuilder<Trademark> builder)
    {
        builder.ToTable("Trademarks");
        builder.Property(t => t.Name).HasMaxLength(PatentRules.MaxName);
        builder.Property(t => t.RegistrationNumber).HasMaxLength(20);
        builder.Property(t => t.Holder).HasMaxLength(PatentRules.MaxName);
        builder.Property(t => t.RegionCode).HasMaxLength(12);
        builder.Property(t => t.Classes).HasMaxLength(50);
        builder.Property(t => t.Kind).HasMaxLength(12);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.RegistrationNumber).IsUnique();
        builder.HasIndex(t => new { t.RegionCode, t.RegisteredOn });
    }
}

internal sealed class IpCaseConfiguration : IEntityTypeConfiguration<IpCase>
{
    public void Configure(EntityTypeBuilder<IpCase> builder)
    {
        builder.ToTable("IpCases");
        builder.Property(c => c.Title).HasMaxLength(PatentRules.MaxName);
        builder.Property(c => c.Kind).HasMaxLength(8);
        builder.Property(c => c.Complainant).HasMaxLength(PatentRules.MaxName);
        builder.Property(c => c.Respondent).HasMaxLength(PatentRules.MaxName);
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.Outcome).HasMaxLength(PatentRules.MaxRemark);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.RegionCode, c.ReceivedOn });
    }
}
