using Kechuang.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Reports;

/// <summary>
/// What staff keep of a summary (docs/reports.md, editing and freezing): their own wording of 存在问题 and 工作思路, and once frozen the
/// whole document as it was (JSON), so its numbers stay put when the registers change. Every edit is audited,
/// which is the summary's version history.
/// </summary>
public sealed class SummaryRecord : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string RegionCode { get; init; }
    public int Year { get; init; }
    public required string Period { get; init; }
    public string? Problems { get; set; }
    public string? Plan { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public string? EditedBy { get; set; }
    public DateTimeOffset? FrozenAt { get; set; }
    public string? FrozenBy { get; set; }
    public string? Snapshot { get; set; }
    public int Version { get; set; }
}

internal sealed class SummaryRecordConfiguration : IEntityTypeConfiguration<SummaryRecord>
{
    public void Configure(EntityTypeBuilder<SummaryRecord> builder)
    {
        builder.ToTable("SummaryReports");
        builder.Property(s => s.RegionCode).HasMaxLength(12);
        builder.Property(s => s.Period).HasMaxLength(2);
        builder.Property(s => s.Problems).HasMaxLength(SummaryText.MaxLength);
        builder.Property(s => s.Plan).HasMaxLength(SummaryText.MaxLength);
        builder.Property(s => s.EditedBy).HasMaxLength(100);
        builder.Property(s => s.FrozenBy).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.RegionCode, s.Year, s.Period }).IsUnique();
    }
}
