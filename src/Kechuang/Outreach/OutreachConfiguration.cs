using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Outreach;

internal sealed class OutreachActivityConfiguration : IEntityTypeConfiguration<OutreachActivity>
{
    public void Configure(EntityTypeBuilder<OutreachActivity> builder)
    {
        builder.ToTable("OutreachActivities");
        builder.Property(a => a.Kind).HasMaxLength(12);
        builder.Property(a => a.Title).HasMaxLength(OutreachRules.MaxName);
        builder.Property(a => a.Organisers).HasMaxLength(OutreachRules.MaxName);
        builder.Property(a => a.Place).HasMaxLength(OutreachRules.MaxName);
        builder.Property(a => a.RegionCode).HasMaxLength(12);
        builder.Property(a => a.Remark).HasMaxLength(OutreachRules.MaxRemark);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasMany(a => a.Photos).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // The lists and the figures: a county's activities of a period.
        builder.HasIndex(a => new { a.RegionCode, a.HeldOn });
    }
}

internal sealed class ActivityPhotoConfiguration : IEntityTypeConfiguration<ActivityPhoto>
{
    public void Configure(EntityTypeBuilder<ActivityPhoto> builder)
    {
        builder.ToTable("ActivityPhotos");
        builder.Property(p => p.FileName).HasMaxLength(120);
        builder.Property(p => p.ContentType).HasMaxLength(20);
        builder.Property(p => p.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class ScienceBaseConfiguration : IEntityTypeConfiguration<ScienceBase>
{
    public void Configure(EntityTypeBuilder<ScienceBase> builder)
    {
        builder.ToTable("ScienceBases");
        builder.Property(b => b.Name).HasMaxLength(OutreachRules.MaxName);
        builder.Property(b => b.Level).HasMaxLength(8);
        builder.Property(b => b.Host).HasMaxLength(OutreachRules.MaxName);
        builder.Property(b => b.RegionCode).HasMaxLength(12);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => new { b.RegionCode, b.Name }).IsUnique();
    }
}

internal sealed class CompetitionConfiguration : IEntityTypeConfiguration<Competition>
{
    public void Configure(EntityTypeBuilder<Competition> builder)
    {
        builder.ToTable("Competitions");
        builder.Property(c => c.Name).HasMaxLength(OutreachRules.MaxName);
        builder.Property(c => c.Level).HasMaxLength(8);
        builder.Property(c => c.Organiser).HasMaxLength(OutreachRules.MaxName);
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Rounds).WithOne().HasForeignKey(r => r.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.RegionCode, c.Year, c.Name }).IsUnique();
    }
}

internal sealed class CompetitionEntryConfiguration : IEntityTypeConfiguration<CompetitionEntry>
{
    public void Configure(EntityTypeBuilder<CompetitionEntry> builder)
    {
        builder.ToTable("CompetitionEntries");
        builder.Property(e => e.Name).HasMaxLength(OutreachRules.MaxName);
        builder.Property(e => e.Leader).HasMaxLength(50);
        builder.Property(e => e.Track).HasMaxLength(50);
        builder.Property(e => e.ProjectTitle).HasMaxLength(OutreachRules.MaxName);
        builder.Property(e => e.Award).HasMaxLength(8);
        builder.Property(e => e.AwardLevel).HasMaxLength(8);
        builder.HasIndex(e => new { e.CompetitionId, e.ProjectTitle }).IsUnique();
        builder.HasIndex(e => e.EnterpriseId);
    }
}

internal sealed class CompetitionRoundConfiguration : IEntityTypeConfiguration<CompetitionRound>
{
    public void Configure(EntityTypeBuilder<CompetitionRound> builder)
    {
        builder.ToTable("CompetitionRounds");
        builder.Property(r => r.Stage).HasMaxLength(4);
        builder.Property(r => r.EngineVersion).HasMaxLength(40);
        builder.Property(r => r.DrawnBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.CompetitionId, r.Stage }).IsUnique();
        builder.HasMany(r => r.Judges).WithOne().HasForeignKey(j => j.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Scores).WithOne().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundJudgeConfiguration : IEntityTypeConfiguration<RoundJudge>
{
    public void Configure(EntityTypeBuilder<RoundJudge> builder)
    {
        builder.ToTable("CompetitionJudges");
        builder.HasKey(j => new { j.RoundId, j.ExpertId });
        builder.Property(j => j.Name).HasMaxLength(50);
        builder.Property(j => j.Organisation).HasMaxLength(OutreachRules.MaxName);
    }
}

internal sealed class RoundScoreConfiguration : IEntityTypeConfiguration<RoundScore>
{
    public void Configure(EntityTypeBuilder<RoundScore> builder)
    {
        builder.ToTable("CompetitionScores");
        builder.HasKey(s => new { s.RoundId, s.EntryId });
        builder.Property(s => s.Score).HasPrecision(5, 2);
        builder.HasOne<CompetitionEntry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
