using Kechuang.Market.Cooperation;
using Kechuang.Market.Events;
using Kechuang.Market.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Market;

internal sealed class MarketEventConfiguration : IEntityTypeConfiguration<MarketEvent>
{
    public void Configure(EntityTypeBuilder<MarketEvent> builder)
    {
        builder.ToTable("MarketEvents");
        builder.Property(e => e.RegionCode).HasMaxLength(12);
        builder.Property(e => e.Title).HasMaxLength(MarketFollowUpRules.MaxTitle);
        builder.Property(e => e.Place).HasMaxLength(MarketFollowUpRules.MaxName);
        builder.Property(e => e.Organisers).HasMaxLength(MarketFollowUpRules.MaxName);
        builder.Property(e => e.Notes).HasMaxLength(MarketFollowUpRules.MaxNote);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.RegionCode, e.HeldOn });
        builder.HasMany(e => e.Invitees).WithOne().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Pairs).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Intentions).WithOne().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventInviteeConfiguration : IEntityTypeConfiguration<EventInvitee>
{
    public void Configure(EntityTypeBuilder<EventInvitee> builder)
    {
        builder.ToTable("MarketEventInvitees");
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.HasIndex(i => i.EnterpriseId);
    }
}

internal sealed class EventPairConfiguration : IEntityTypeConfiguration<EventPair>
{
    public void Configure(EntityTypeBuilder<EventPair> builder)
    {
        builder.ToTable("MarketEventPairs");
        builder.Property(p => p.NeedTitle).HasMaxLength(100);
        builder.Property(p => p.EnterpriseName).HasMaxLength(200);
        builder.Property(p => p.AchievementTitle).HasMaxLength(100);
        builder.Property(p => p.Holder).HasMaxLength(100);
    }
}

internal sealed class EventIntentionConfiguration : IEntityTypeConfiguration<EventIntention>
{
    public void Configure(EntityTypeBuilder<EventIntention> builder)
    {
        builder.ToTable("MarketEventIntentions");
        builder.Property(i => i.EnterpriseName).HasMaxLength(200);
        builder.Property(i => i.Holder).HasMaxLength(MarketFollowUpRules.MaxName);
        builder.Property(i => i.Note).HasMaxLength(MarketFollowUpRules.MaxNote);
    }
}

internal sealed class CooperationProjectConfiguration : IEntityTypeConfiguration<CooperationProject>
{
    public void Configure(EntityTypeBuilder<CooperationProject> builder)
    {
        builder.ToTable("CooperationProjects");
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.EnterpriseName).HasMaxLength(200);
        builder.Property(c => c.Holder).HasMaxLength(MarketFollowUpRules.MaxName);
        builder.Property(c => c.Title).HasMaxLength(MarketFollowUpRules.MaxTitle);
        builder.Property(c => c.Mode).HasMaxLength(10);
        builder.Property(c => c.NeedTitle).HasMaxLength(100);
        builder.Property(c => c.AchievementTitle).HasMaxLength(100);
        builder.Property(c => c.ExpertName).HasMaxLength(50);
        builder.Property(c => c.EventTitle).HasMaxLength(MarketFollowUpRules.MaxTitle);
        builder.Property(c => c.ContractLabel).HasMaxLength(200);
        builder.Property(c => c.FollowUpNote).HasMaxLength(MarketFollowUpRules.MaxNote);
        builder.Property(c => c.Notes).HasMaxLength(MarketFollowUpRules.MaxNote);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.RegionCode, c.SignedOn });
        builder.HasIndex(c => c.EnterpriseId);
        builder.HasIndex(c => c.EventId);
        builder.HasMany(c => c.Payments).WithOne().HasForeignKey(p => p.CooperationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CooperationPaymentConfiguration : IEntityTypeConfiguration<CooperationPayment>
{
    public void Configure(EntityTypeBuilder<CooperationPayment> builder)
    {
        builder.ToTable("CooperationPayments");
        builder.Property(p => p.Note).HasMaxLength(200);
    }
}

internal sealed class BrokerVerdictConfiguration : IEntityTypeConfiguration<BrokerVerdict>
{
    public void Configure(EntityTypeBuilder<BrokerVerdict> builder)
    {
        builder.ToTable("BrokerVerdicts");
        builder.Property(v => v.RegionCode).HasMaxLength(12);
        builder.Property(v => v.OtherKind).HasMaxLength(12);
        builder.Property(v => v.Verdict).HasMaxLength(10);
        builder.Property(v => v.JudgedBy).HasMaxLength(64);
        builder.HasIndex(v => new { v.NeedId, v.OtherKind, v.OtherId }).IsUnique();
        builder.HasIndex(v => v.RegionCode);
    }
}
