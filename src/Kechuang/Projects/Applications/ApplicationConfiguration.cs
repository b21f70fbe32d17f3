using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Projects.Applications;

internal sealed class ProjectApplicationConfiguration : IEntityTypeConfiguration<ProjectApplication>
{
    public void Configure(EntityTypeBuilder<ProjectApplication> builder)
    {
        builder.ToTable("ProjectApplications");
        builder.Property(a => a.CallRegionCode).HasMaxLength(12);
        builder.Property(a => a.EnterpriseName).HasMaxLength(200);
        builder.Property(a => a.EnterpriseRegionCode).HasMaxLength(12);
        builder.Property(a => a.Title).HasMaxLength(ApplicationRules.MaxTitle);
        builder.Property(a => a.Summary).HasMaxLength(ApplicationRules.MaxSummary);
        builder.Property(a => a.Field).HasMaxLength(50);
        builder.Property(a => a.Leader).HasMaxLength(50);
        builder.Property(a => a.LeaderPhone).HasMaxLength(20);
        builder.Property(a => a.Status).HasMaxLength(10);
        builder.Property(a => a.CheckedBy).HasMaxLength(64);
        builder.Property(a => a.ReturnReason).HasMaxLength(ApplicationRules.MaxReason);
        builder.Property(a => a.BudgetComment).HasMaxLength(ApplicationRules.MaxReason);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CallId, a.EnterpriseId });
        builder.HasIndex(a => new { a.CallRegionCode, a.Status });
        builder.HasMany(a => a.Members).WithOne().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Milestones).WithOne().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Budget).WithOne().HasForeignKey(b => b.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationMemberConfiguration : IEntityTypeConfiguration<ApplicationMember>
{
    public void Configure(EntityTypeBuilder<ApplicationMember> builder)
    {
        builder.ToTable("ProjectApplicationMembers");
        builder.Property(m => m.Name).HasMaxLength(50);
        builder.Property(m => m.Title).HasMaxLength(30);
        builder.Property(m => m.Role).HasMaxLength(50);
    }
}

internal sealed class ApplicationMilestoneConfiguration : IEntityTypeConfiguration<ApplicationMilestone>
{
    public void Configure(EntityTypeBuilder<ApplicationMilestone> builder)
    {
        builder.ToTable("ProjectApplicationMilestones");
        builder.Property(m => m.Content).HasMaxLength(200);
    }
}

internal sealed class ApplicationBudgetLineConfiguration : IEntityTypeConfiguration<ApplicationBudgetLine>
{
    public void Configure(EntityTypeBuilder<ApplicationBudgetLine> builder)
    {
        builder.ToTable("ProjectApplicationBudget");
        builder.Property(b => b.Category).HasMaxLength(10);
    }
}

internal sealed class ApplicationAttachmentConfiguration : IEntityTypeConfiguration<ApplicationAttachment>
{
    public void Configure(EntityTypeBuilder<ApplicationAttachment> builder)
    {
        builder.ToTable("ProjectApplicationAttachments");
        builder.Property(a => a.Requirement).HasMaxLength(100);
        builder.Property(a => a.FileName).HasMaxLength(120);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.HasIndex(a => new { a.ApplicationId, a.Requirement }).IsUnique();
    }
}

internal sealed class ApplicationAttachmentContentConfiguration : IEntityTypeConfiguration<ApplicationAttachmentContent>
{
    public void Configure(EntityTypeBuilder<ApplicationAttachmentContent> builder)
    {
        builder.ToTable("ProjectApplicationAttachmentContents");
        builder.HasKey(c => c.AttachmentId);
        builder.HasOne<ApplicationAttachment>().WithOne().HasForeignKey<ApplicationAttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
