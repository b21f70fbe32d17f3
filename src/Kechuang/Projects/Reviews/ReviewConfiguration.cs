using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Projects.Reviews;

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> builder)
    {
        builder.ToTable("ProjectReviewAssignments");
        builder.Property(r => r.ExpertName).HasMaxLength(50);
        builder.Property(r => r.ExpertOrganisation).HasMaxLength(200);
        builder.Property(r => r.Role).HasMaxLength(4);
        builder.Property(r => r.Status).HasMaxLength(4);
        builder.Property(r => r.DeclineReason).HasMaxLength(ReviewRules.MaxText);
        builder.Property(r => r.Comment).HasMaxLength(ReviewRules.MaxComment);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.CallId, r.ApplicationId });
        builder.HasIndex(r => new { r.ExpertId, r.Status });
        builder.HasMany(r => r.Scores).WithOne().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewScoreConfiguration : IEntityTypeConfiguration<ReviewScore>
{
    public void Configure(EntityTypeBuilder<ReviewScore> builder) => builder.ToTable("ProjectReviewScores");
}

internal sealed class ReviewDrawConfiguration : IEntityTypeConfiguration<ReviewDraw>
{
    public void Configure(EntityTypeBuilder<ReviewDraw> builder)
    {
        builder.ToTable("ProjectReviewDraws");
        builder.Property(d => d.Mode).HasMaxLength(12);
        builder.Property(d => d.EngineVersion).HasMaxLength(80);
        builder.Property(d => d.DrawnBy).HasMaxLength(64);
        builder.HasIndex(d => d.CallId);
    }
}

internal sealed class PublicityObjectionConfiguration : IEntityTypeConfiguration<PublicityObjection>
{
    public void Configure(EntityTypeBuilder<PublicityObjection> builder)
    {
        builder.ToTable("ProjectPublicityObjections");
        builder.Property(o => o.RaisedBy).HasMaxLength(100);
        builder.Property(o => o.Content).HasMaxLength(Execution.ExecutionRules.MaxReport);
        builder.Property(o => o.Handling).HasMaxLength(Execution.ExecutionRules.MaxReport);
        builder.Property(o => o.HandledBy).HasMaxLength(64);
        builder.Property(o => o.RecordedBy).HasMaxLength(64);
        builder.HasIndex(o => o.CallId);
    }
}
