using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Seismic;

internal sealed class SeismicApprovalConfiguration : IEntityTypeConfiguration<SeismicApproval>
{
    public void Configure(EntityTypeBuilder<SeismicApproval> builder)
    {
        builder.ToTable("SeismicApprovals");
        builder.Property(a => a.ProjectName).HasMaxLength(SeismicRules.MaxName);
        builder.Property(a => a.Applicant).HasMaxLength(SeismicRules.MaxName);
        builder.Property(a => a.Site).HasMaxLength(SeismicRules.MaxName);
        builder.Property(a => a.RegionCode).HasMaxLength(12);
        builder.Property(a => a.Requirement).HasMaxLength(SeismicRules.MaxRemark);
        builder.Property(a => a.Decision).HasMaxLength(8);
        builder.Property(a => a.DocumentNumber).HasMaxLength(50);
        builder.Property(a => a.DecisionRemark).HasMaxLength(SeismicRules.MaxRemark);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Decided);
        builder.Ignore(a => a.Late);
        // The desk's lists: a county's pending ones by due date, and the decisions of a period.
        builder.HasIndex(a => new { a.RegionCode, a.Decision, a.DueOn });
        builder.HasIndex(a => new { a.RegionCode, a.DecidedOn });
    }
}

internal sealed class SeismicStationConfiguration : IEntityTypeConfiguration<SeismicStation>
{
    public void Configure(EntityTypeBuilder<SeismicStation> builder)
    {
        builder.ToTable("SeismicStations");
        builder.Property(s => s.Name).HasMaxLength(SeismicRules.MaxName);
        builder.Property(s => s.Kind).HasMaxLength(20);
        builder.Property(s => s.RegionCode).HasMaxLength(12);
        builder.Property(s => s.Site).HasMaxLength(SeismicRules.MaxName);
        builder.Property(s => s.Keeper).HasMaxLength(SeismicRules.MaxName);
        builder.Property(s => s.Status).HasMaxLength(8);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.RegionCode, s.Name }).IsUnique();
    }
}

internal sealed class SeismicDrillConfiguration : IEntityTypeConfiguration<SeismicDrill>
{
    public void Configure(EntityTypeBuilder<SeismicDrill> builder)
    {
        builder.ToTable("SeismicDrills");
        builder.Property(d => d.Title).HasMaxLength(SeismicRules.MaxName);
        builder.Property(d => d.Place).HasMaxLength(SeismicRules.MaxName);
        builder.Property(d => d.RegionCode).HasMaxLength(12);
        builder.Property(d => d.Organiser).HasMaxLength(SeismicRules.MaxName);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.RegionCode, d.HeldOn });
    }
}
