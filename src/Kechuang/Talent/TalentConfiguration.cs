using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Talent;

internal sealed class TalentProgrammeConfiguration : IEntityTypeConfiguration<TalentProgramme>
{
    public void Configure(EntityTypeBuilder<TalentProgramme> builder)
    {
        builder.ToTable("TalentProgrammes");
        builder.Property(p => p.Name).HasMaxLength(TalentRules.MaxName);
        builder.Property(p => p.Level).HasMaxLength(8);
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.Property(p => p.AnnualFunding).HasPrecision(14, 2);
        builder.Property(p => p.Remark).HasMaxLength(TalentRules.MaxRemark);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.RegionCode, p.Name }).IsUnique();
        builder.HasData(TalentProgrammes.Seed);
    }
}

internal sealed class TalentAwardConfiguration : IEntityTypeConfiguration<TalentAward>
{
    public void Configure(EntityTypeBuilder<TalentAward> builder)
    {
        builder.ToTable("TalentAwards");
        builder.Property(a => a.Employer).HasMaxLength(TalentRules.MaxName);
        builder.Property(a => a.RegionCode).HasMaxLength(12);
        builder.Property(a => a.PersonName).HasMaxLength(50);
        builder.Property(a => a.Gender).HasMaxLength(2);
        builder.Property(a => a.IdType).HasMaxLength(12);
        builder.Property(a => a.IdNumber).HasMaxLength(30);
        builder.Property(a => a.Degree).HasMaxLength(4);
        builder.Property(a => a.Field).HasMaxLength(100);
        builder.Property(a => a.Status).HasMaxLength(4);
        builder.Property(a => a.FundingGranted).HasPrecision(14, 2);
        builder.Property(a => a.FundingPaid).HasPrecision(14, 2);
        builder.Property(a => a.Remark).HasMaxLength(TalentRules.MaxRemark);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<TalentProgramme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.RegionCode, a.DecidedOn });
        builder.HasIndex(a => a.EnterpriseId);
    }
}

internal sealed class TalentCheckConfiguration : IEntityTypeConfiguration<TalentCheck>
{
    public void Configure(EntityTypeBuilder<TalentCheck> builder)
    {
        builder.ToTable("TalentChecks");
        builder.Property(c => c.Result).HasMaxLength(4);
        builder.Property(c => c.Remark).HasMaxLength(TalentRules.MaxRemark);
        builder.HasOne<TalentAward>().WithMany().HasForeignKey(c => c.AwardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.AwardId, c.Year }).IsUnique();
    }
}

internal sealed class TalentRecruitConfiguration : IEntityTypeConfiguration<TalentRecruit>
{
    public void Configure(EntityTypeBuilder<TalentRecruit> builder)
    {
        builder.ToTable("TalentRecruits");
        builder.Property(r => r.Employer).HasMaxLength(TalentRules.MaxName);
        builder.Property(r => r.RegionCode).HasMaxLength(12);
        builder.Property(r => r.PersonName).HasMaxLength(50);
        builder.Property(r => r.Degree).HasMaxLength(4);
        builder.Property(r => r.School).HasMaxLength(TalentRules.MaxName);
        builder.Property(r => r.Major).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.RegionCode, r.RecruitedOn });
        builder.HasIndex(r => r.EnterpriseId);
    }
}

internal sealed class ForeignExpertConfiguration : IEntityTypeConfiguration<ForeignExpert>
{
    public void Configure(EntityTypeBuilder<ForeignExpert> builder)
    {
        builder.ToTable("ForeignExperts");
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.Nationality).HasMaxLength(50);
        builder.Property(e => e.PermitCategory).HasMaxLength(4);
        builder.Property(e => e.PermitNumber).HasMaxLength(30);
        builder.Property(e => e.Employer).HasMaxLength(TalentRules.MaxName);
        builder.Property(e => e.RegionCode).HasMaxLength(12);
        builder.Property(e => e.Field).HasMaxLength(100);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.RegionCode, e.ValidTo });
    }
}
