using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Projects.Calls;

internal sealed class ProjectCallConfiguration : IEntityTypeConfiguration<ProjectCall>
{
    public void Configure(EntityTypeBuilder<ProjectCall> builder)
    {
        builder.ToTable("ProjectCalls");
        builder.Property(c => c.ApprovalDocument).HasMaxLength(50);
        builder.Property(c => c.Title).HasMaxLength(CallRules.MaxTitle);
        builder.Property(c => c.Programme).HasMaxLength(CallRules.MaxProgramme);
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.RegionCode, c.Year });
        // One call of a title per bureau and year: a second is a duplicate (409).
        builder.HasIndex(c => new { c.RegionCode, c.Year, c.Title }).IsUnique();
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(r => r.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectCallCriterionConfiguration : IEntityTypeConfiguration<ProjectCallCriterion>
{
    public void Configure(EntityTypeBuilder<ProjectCallCriterion> builder)
    {
        builder.ToTable("ProjectCallCriteria");
        builder.Property(c => c.Name).HasMaxLength(CallRules.MaxCriterion);
    }
}
