using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Projects.Execution;

internal sealed class ProjectDisbursementConfiguration : IEntityTypeConfiguration<ProjectDisbursement>
{
    public void Configure(EntityTypeBuilder<ProjectDisbursement> builder)
    {
        builder.ToTable("ProjectDisbursements");
        builder.Property(d => d.Category).HasMaxLength(20);
        builder.Property(d => d.Note).HasMaxLength(ExecutionRules.MaxText);
        builder.Property(d => d.RecordedBy).HasMaxLength(64);
        builder.HasIndex(d => new { d.ApplicationId, d.Tranche });
    }
}

internal sealed class ProjectChangeConfiguration : IEntityTypeConfiguration<ProjectChange>
{
    public void Configure(EntityTypeBuilder<ProjectChange> builder)
    {
        builder.ToTable("ProjectChanges");
        builder.Property(c => c.Kind).HasMaxLength(10);
        builder.Property(c => c.Reason).HasMaxLength(ExecutionRules.MaxText);
        builder.Property(c => c.PreviousLeader).HasMaxLength(50);
        builder.Property(c => c.NewLeader).HasMaxLength(50);
        builder.Property(c => c.FromCategory).HasMaxLength(20);
        builder.Property(c => c.ToCategory).HasMaxLength(20);
        builder.Property(c => c.Status).HasMaxLength(4);
        builder.Property(c => c.RequestedBy).HasMaxLength(64);
        builder.Property(c => c.DecidedBy).HasMaxLength(64);
        builder.Property(c => c.DecisionComment).HasMaxLength(ExecutionRules.MaxText);
        builder.HasIndex(c => new { c.ApplicationId, c.RequestedAt });
    }
}

internal sealed class ProjectMidtermConfiguration : IEntityTypeConfiguration<ProjectMidterm>
{
    public void Configure(EntityTypeBuilder<ProjectMidterm> builder)
    {
        builder.ToTable("ProjectMidterms");
        builder.HasKey(m => m.ApplicationId);
        builder.Property(m => m.Progress).HasMaxLength(ExecutionRules.MaxReport);
        builder.Property(m => m.Problems).HasMaxLength(ExecutionRules.MaxReport);
        builder.Property(m => m.Conclusion).HasMaxLength(6);
        builder.Property(m => m.Comment).HasMaxLength(ExecutionRules.MaxText);
        builder.Property(m => m.ConcludedBy).HasMaxLength(64);
    }
}

internal sealed class ProjectAcceptanceConfiguration : IEntityTypeConfiguration<ProjectAcceptance>
{
    public void Configure(EntityTypeBuilder<ProjectAcceptance> builder)
    {
        builder.ToTable("ProjectAcceptances");
        builder.HasKey(a => a.ApplicationId);
        builder.Property(a => a.Summary).HasMaxLength(ExecutionRules.MaxReport);
        builder.Property(a => a.Mode).HasMaxLength(12);
        builder.Property(a => a.EngineVersion).HasMaxLength(80);
        builder.Property(a => a.DrawnBy).HasMaxLength(64);
        builder.Property(a => a.Conclusion).HasMaxLength(6);
        builder.Property(a => a.Opinion).HasMaxLength(ExecutionRules.MaxReport);
        builder.Property(a => a.ConcludedBy).HasMaxLength(64);
        builder.HasMany(a => a.Accounts).WithOne().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Experts).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AcceptanceAccountConfiguration : IEntityTypeConfiguration<AcceptanceAccount>
{
    public void Configure(EntityTypeBuilder<AcceptanceAccount> builder)
    {
        builder.ToTable("ProjectAcceptanceAccounts");
        builder.Property(a => a.Category).HasMaxLength(20);
    }
}

internal sealed class AcceptanceExpertConfiguration : IEntityTypeConfiguration<AcceptanceExpert>
{
    public void Configure(EntityTypeBuilder<AcceptanceExpert> builder)
    {
        builder.ToTable("ProjectAcceptanceExperts");
        builder.Property(e => e.Name).HasMaxLength(50);
        builder.Property(e => e.Organisation).HasMaxLength(200);
        builder.HasIndex(e => e.ExpertId);
    }
}
