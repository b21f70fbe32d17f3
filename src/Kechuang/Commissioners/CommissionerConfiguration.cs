using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Commissioners;

internal sealed class CommissionerConfiguration : IEntityTypeConfiguration<Commissioner>
{
    public void Configure(EntityTypeBuilder<Commissioner> builder)
    {
        builder.ToTable("Commissioners");
        builder.Property(c => c.Name).HasMaxLength(CommissionerRules.MaxNameLength);
        builder.Property(c => c.Kind).HasMaxLength(12);
        builder.Property(c => c.Level).HasMaxLength(10);
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.Institution).HasMaxLength(CommissionerRules.MaxNameLength);
        builder.Property(c => c.Field).HasMaxLength(CommissionerRules.MaxNameLength);
        builder.Property(c => c.AssessmentGrade).HasMaxLength(10);
        builder.Property(c => c.AssessmentRemark).HasMaxLength(CommissionerRules.MaxRemarkLength);
        builder.Property(c => c.AssessedBy).HasMaxLength(64);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Headcount);
        // One record of a name per county and year: a second registration is a duplicate (409, docs/domain.md §7.6).
        builder.HasIndex(c => new { c.RegionCode, c.Year, c.Name }).IsUnique();
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CommissionerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Towns).WithOne().HasForeignKey(t => t.CommissionerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Projects).WithOne().HasForeignKey(p => p.CommissionerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommissionerMemberConfiguration : IEntityTypeConfiguration<CommissionerMember>
{
    public void Configure(EntityTypeBuilder<CommissionerMember> builder)
    {
        builder.ToTable("CommissionerMembers");
        builder.Property(m => m.Name).HasMaxLength(50);
        builder.Property(m => m.Institution).HasMaxLength(CommissionerRules.MaxNameLength);
        builder.Property(m => m.Expertise).HasMaxLength(CommissionerRules.MaxNameLength);
    }
}

internal sealed class CommissionerTownConfiguration : IEntityTypeConfiguration<CommissionerTown>
{
    public void Configure(EntityTypeBuilder<CommissionerTown> builder)
    {
        builder.ToTable("CommissionerTowns");
        builder.Property(t => t.TownCode).HasMaxLength(12);
        builder.HasIndex(t => new { t.CommissionerId, t.TownCode }).IsUnique();
        builder.HasIndex(t => t.TownCode);
    }
}

internal sealed class CommissionerProjectConfiguration : IEntityTypeConfiguration<CommissionerProject>
{
    public void Configure(EntityTypeBuilder<CommissionerProject> builder)
    {
        builder.ToTable("CommissionerProjects");
        builder.Property(p => p.Name).HasMaxLength(CommissionerRules.MaxNameLength);
    }
}
