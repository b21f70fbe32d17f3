using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Projects.Experts;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> builder)
    {
        builder.ToTable("Experts");
        builder.Property(e => e.Name).HasMaxLength(ExpertRules.MaxName);
        builder.Property(e => e.Organisation).HasMaxLength(ExpertRules.MaxOrganisation);
        builder.Property(e => e.OrganisationUscc).HasMaxLength(18);
        builder.Property(e => e.Title).HasMaxLength(ExpertRules.MaxTitle);
        builder.Property(e => e.RegionCode).HasMaxLength(12);
        builder.Property(e => e.Phone).HasMaxLength(20);
        builder.Property(e => e.Email).HasMaxLength(100);
        builder.Property(e => e.UnavailableReason).HasMaxLength(ExpertRules.MaxReason);
        builder.Property(e => e.UserName).HasMaxLength(64);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // One expert of a name per organisation in a pool: a second registration is a duplicate (409).
        builder.HasIndex(e => new { e.RegionCode, e.Name, e.Organisation }).IsUnique();
        builder.HasIndex(e => e.UserName).IsUnique();
        builder.HasMany(e => e.Relations).WithOne().HasForeignKey(r => r.ExpertId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExpertRelationConfiguration : IEntityTypeConfiguration<ExpertRelation>
{
    public void Configure(EntityTypeBuilder<ExpertRelation> builder)
    {
        builder.ToTable("ExpertRelations");
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.Name).HasMaxLength(ExpertRules.MaxOrganisation);
        builder.Property(r => r.Uscc).HasMaxLength(18);
        builder.Property(r => r.Reason).HasMaxLength(ExpertRules.MaxReason);
    }
}
