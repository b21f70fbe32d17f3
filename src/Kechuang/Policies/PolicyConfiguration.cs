using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Policies;

internal sealed class PolicyClauseConfiguration : IEntityTypeConfiguration<PolicyClause>
{
    public void Configure(EntityTypeBuilder<PolicyClause> builder)
    {
        builder.ToTable("PolicyClauses");
        builder.Property(c => c.Code).HasMaxLength(PolicyRules.MaxCode);
        builder.Property(c => c.Name).HasMaxLength(PolicyRules.MaxName);
        builder.Property(c => c.Document).HasMaxLength(PolicyRules.MaxName);
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.Condition).HasMaxLength(PolicyRules.MaxExpression);
        builder.Property(c => c.Amount).HasMaxLength(PolicyRules.MaxExpression);
        builder.Property(c => c.OverBudget).HasMaxLength(10);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Code, c.Edition }).IsUnique();
        builder.HasIndex(c => new { c.RegionCode, c.Year });
    }
}

internal sealed class PolicyAwardConfiguration : IEntityTypeConfiguration<PolicyAward>
{
    public void Configure(EntityTypeBuilder<PolicyAward> builder)
    {
        builder.ToTable("PolicyAwards");
        builder.Property(a => a.Code).HasMaxLength(PolicyRules.MaxCode);
        builder.Property(a => a.EnterpriseName).HasMaxLength(200);
        builder.Property(a => a.Uscc).HasMaxLength(18);
        builder.Property(a => a.RegionCode).HasMaxLength(12);
        builder.Property(a => a.Source).HasMaxLength(8);
        builder.Property(a => a.Status).HasMaxLength(8);
        builder.Property(a => a.Objection).HasMaxLength(PolicyRules.MaxText);
        builder.Property(a => a.Answer).HasMaxLength(PolicyRules.MaxText);
        builder.Property(a => a.Reason).HasMaxLength(PolicyRules.MaxText);
        builder.Property(a => a.VoucherNo).HasMaxLength(50);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<PolicyClause>().WithMany().HasForeignKey(a => a.ClauseId).OnDelete(DeleteBehavior.Restrict);
        // One award per clause, year and enterprise: a second list or application never pays twice.
        builder.HasIndex(a => new { a.Code, a.Year, a.EnterpriseId }).IsUnique();
        builder.HasIndex(a => new { a.EnterpriseId, a.Year });
        builder.HasIndex(a => new { a.RegionCode, a.PaidOn });
    }
}

internal sealed class PolicyCeilingConfiguration : IEntityTypeConfiguration<PolicyCeiling>
{
    public void Configure(EntityTypeBuilder<PolicyCeiling> builder)
    {
        builder.ToTable("PolicyCeilings");
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.Exemptions).HasMaxLength(500);
        builder.Property(c => c.Note).HasMaxLength(PolicyRules.MaxText);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.RegionCode, c.Year }).IsUnique();
    }
}
