using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Incubators;

internal sealed class IncubatorConfiguration : IEntityTypeConfiguration<Incubator>
{
    public void Configure(EntityTypeBuilder<Incubator> builder)
    {
        builder.ToTable("Incubators");
        builder.Property(i => i.Name).HasMaxLength(IncubatorRules.MaxNameLength);
        builder.Property(i => i.Kind).HasMaxLength(10);
        builder.Property(i => i.Level).HasMaxLength(10);
        builder.Property(i => i.RegionCode).HasMaxLength(12);
        builder.Property(i => i.Operator).HasMaxLength(IncubatorRules.MaxNameLength);
        builder.Property(i => i.Address).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        // One carrier of a name per county: a second registration is a duplicate (409).
        builder.HasIndex(i => new { i.RegionCode, i.Name }).IsUnique();
        builder.HasMany(i => i.Areas).WithOne().HasForeignKey(a => a.IncubatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Tenants).WithOne().HasForeignKey(t => t.IncubatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Activities).WithOne().HasForeignKey(a => a.IncubatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Evaluations).WithOne().HasForeignKey(e => e.IncubatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IncubatorAreaConfiguration : IEntityTypeConfiguration<IncubatorArea>
{
    public void Configure(EntityTypeBuilder<IncubatorArea> builder)
    {
        builder.ToTable("IncubatorAreas");
        builder.Property(a => a.AreaSqm).HasPrecision(12, 2);
        builder.Property(a => a.Note).HasMaxLength(200);
        builder.HasIndex(a => new { a.IncubatorId, a.InUseOn });
    }
}

internal sealed class IncubatorTenantConfiguration : IEntityTypeConfiguration<IncubatorTenant>
{
    public void Configure(EntityTypeBuilder<IncubatorTenant> builder)
    {
        builder.ToTable("IncubatorTenants");
        builder.Property(t => t.Name).HasMaxLength(IncubatorRules.MaxNameLength);
        builder.Property(t => t.AreaSqm).HasPrecision(12, 2);
        builder.HasIndex(t => new { t.IncubatorId, t.EnteredOn });
        // The enterprise's residences, for its detail and for the titles counted while in residence.
        builder.HasIndex(t => t.EnterpriseId);
    }
}

internal sealed class IncubatorActivityConfiguration : IEntityTypeConfiguration<IncubatorActivity>
{
    public void Configure(EntityTypeBuilder<IncubatorActivity> builder)
    {
        builder.ToTable("IncubatorActivities");
        builder.Property(a => a.Kind).HasMaxLength(10);
        builder.Property(a => a.Title).HasMaxLength(IncubatorRules.MaxNameLength);
        builder.HasIndex(a => new { a.IncubatorId, a.HeldOn });
    }
}

internal sealed class IncubatorEvaluationConfiguration : IEntityTypeConfiguration<IncubatorEvaluation>
{
    public void Configure(EntityTypeBuilder<IncubatorEvaluation> builder)
    {
        builder.ToTable("IncubatorEvaluations");
        builder.Property(e => e.Grade).HasMaxLength(10);
        builder.Property(e => e.Remark).HasMaxLength(200);
        // One grade a year: a second one is a conflict, not a correction (docs/domain.md §7.3).
        builder.HasIndex(e => new { e.IncubatorId, e.Year }).IsUnique();
    }
}
