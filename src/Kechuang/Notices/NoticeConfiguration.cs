using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Notices;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.Property(n => n.RegionCode).HasMaxLength(12);
        builder.Property(n => n.Title).HasMaxLength(NoticeRules.MaxTitle);
        builder.Property(n => n.Body).HasMaxLength(NoticeRules.MaxBody);
        builder.Property(n => n.Audience).HasMaxLength(10);
        builder.Property(n => n.AudienceTitle).HasMaxLength(20);
        builder.Property(n => n.Status).HasMaxLength(8);
        builder.Property(n => n.CreatedBy).HasMaxLength(64);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => new { n.RegionCode, n.Status, n.UpdatedAt });
        builder.HasIndex(n => new { n.IsPublic, n.Status });
    }
}

internal sealed class NoticeRecipientConfiguration : IEntityTypeConfiguration<NoticeRecipient>
{
    public void Configure(EntityTypeBuilder<NoticeRecipient> builder)
    {
        builder.ToTable("NoticeRecipients");
        builder.Property(r => r.EnterpriseName).HasMaxLength(200);
        builder.Property(r => r.ReadBy).HasMaxLength(64);
        builder.HasIndex(r => new { r.NoticeId, r.EnterpriseId }).IsUnique();
        builder.HasIndex(r => r.EnterpriseId);
        builder.HasOne<Notice>().WithMany().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NoticeReplyConfiguration : IEntityTypeConfiguration<NoticeReply>
{
    public void Configure(EntityTypeBuilder<NoticeReply> builder)
    {
        builder.ToTable("NoticeReplies");
        builder.Property(r => r.EnterpriseName).HasMaxLength(200);
        builder.Property(r => r.UserName).HasMaxLength(64);
        builder.Property(r => r.Text).HasMaxLength(NoticeRules.MaxReply);
        builder.HasIndex(r => new { r.NoticeId, r.CreatedAt });
        builder.HasOne<Notice>().WithMany().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NoticeFileConfiguration : IEntityTypeConfiguration<NoticeFile>
{
    public void Configure(EntityTypeBuilder<NoticeFile> builder)
    {
        builder.ToTable("NoticeFiles");
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.HasIndex(f => new { f.NoticeId, f.ReplyId });
        builder.HasOne<Notice>().WithMany().HasForeignKey(f => f.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
