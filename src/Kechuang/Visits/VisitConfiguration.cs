using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Visits;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.ToTable("Visits");
        builder.Property(v => v.EnterpriseName).HasMaxLength(200);
        builder.Property(v => v.RegionCode).HasMaxLength(12);
        builder.Property(v => v.Visitors).HasMaxLength(VisitRules.MaxPeople);
        builder.Property(v => v.Attendees).HasMaxLength(VisitRules.MaxPeople);
        builder.Property(v => v.Summary).HasMaxLength(VisitRules.MaxText);
        builder.Property(v => v.RecordedBy).HasMaxLength(256);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasMany(v => v.Problems).WithOne().HasForeignKey(p => p.VisitId).OnDelete(DeleteBehavior.Cascade);
        // The lists and the figures: a county's visits of a period; an enterprise's own visits.
        builder.HasIndex(v => new { v.RegionCode, v.VisitedOn });
        builder.HasIndex(v => v.EnterpriseId);
    }
}

internal sealed class VisitProblemConfiguration : IEntityTypeConfiguration<VisitProblem>
{
    public void Configure(EntityTypeBuilder<VisitProblem> builder)
    {
        builder.ToTable("VisitProblems");
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.Property(p => p.Category).HasMaxLength(8);
        builder.Property(p => p.Description).HasMaxLength(VisitRules.MaxText);
        builder.Property(p => p.Assignee).HasMaxLength(256);
        builder.Property(p => p.AssigneeUserId).HasMaxLength(450);
        builder.Property(p => p.Outcome).HasMaxLength(8);
        builder.Property(p => p.Answer).HasMaxLength(VisitRules.MaxText);
        builder.Property(p => p.ClosedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.FollowUps).WithOne().HasForeignKey(f => f.ProblemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.RegionCode, p.RaisedOn });
        builder.HasIndex(p => p.EnterpriseId);
        // The overdue reminder: open problems past their due date.
        builder.HasIndex(p => new { p.ClosedOn, p.DueOn });
    }
}

internal sealed class ProblemFollowUpConfiguration : IEntityTypeConfiguration<ProblemFollowUp>
{
    public void Configure(EntityTypeBuilder<ProblemFollowUp> builder)
    {
        builder.ToTable("ProblemFollowUps");
        builder.Property(f => f.Note).HasMaxLength(VisitRules.MaxText);
        builder.Property(f => f.By).HasMaxLength(256);
    }
}
