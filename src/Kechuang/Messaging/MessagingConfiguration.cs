using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.UserId).HasMaxLength(64);
        builder.Property(m => m.RegionCode).HasMaxLength(12);
        builder.Property(m => m.Channel).HasMaxLength(8);
        builder.Property(m => m.Address).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.Link).HasMaxLength(300);
        builder.Property(m => m.Status).HasMaxLength(8);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.DedupeKey).HasMaxLength(200);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        // The worker's scan (due pending rows), the inbox (a user's in-app rows by time), the staff history.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.UserId, m.Channel, m.CreatedAt });
        builder.HasIndex(m => new { m.RegionCode, m.CreatedAt });
    }
}
