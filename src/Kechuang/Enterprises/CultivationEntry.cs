using Kechuang.Data;

namespace Kechuang.Enterprises;

/// <summary>An enterprise in a year's cultivation pool (培育库) as a candidate for a title, with its stage.</summary>
public sealed class CultivationEntry : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; init; }
    public int Year { get; init; }

    /// <summary>The title aimed at: 高新技术企业 or 科技型中小企业.</summary>
    public required string Target { get; init; }

    public required string Stage { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

internal sealed class CultivationEntryConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<CultivationEntry>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<CultivationEntry> builder)
    {
        builder.Property(c => c.Target).HasMaxLength(50);
        builder.Property(c => c.Stage).HasMaxLength(10);
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.EnterpriseId, c.Year, c.Target }).IsUnique();
        builder.HasIndex(c => new { c.Year, c.Stage });
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(Microsoft.EntityFrameworkCore.DeleteBehavior.Cascade);
    }
}
