using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.ServiceHall;

internal sealed class AccountRequestConfiguration : IEntityTypeConfiguration<AccountRequest>
{
    public void Configure(EntityTypeBuilder<AccountRequest> builder)
    {
        builder.ToTable("HallAccountRequests");
        builder.Property(r => r.Uscc).HasMaxLength(18);
        builder.Property(r => r.EnterpriseName).HasMaxLength(200);
        builder.Property(r => r.RegionCode).HasMaxLength(12);
        builder.Property(r => r.DisplayName).HasMaxLength(HallRules.MaxName);
        builder.Property(r => r.Phone).HasMaxLength(11);
        builder.Property(r => r.Email).HasMaxLength(HallRules.MaxEmail);
        builder.Property(r => r.PasswordHash).HasMaxLength(400);
        builder.Property(r => r.Status).HasMaxLength(4);
        builder.Property(r => r.Reason).HasMaxLength(HallRules.MaxReason);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.RegionCode, r.Status, r.CreatedAt });
        builder.HasIndex(r => new { r.Phone, r.Status });
    }
}

internal sealed class EnterpriseMemberConfiguration : IEntityTypeConfiguration<EnterpriseMember>
{
    public void Configure(EntityTypeBuilder<EnterpriseMember> builder)
    {
        builder.ToTable("HallEnterpriseMembers");
        builder.HasKey(m => m.UserId);
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.AddedBy).HasMaxLength(256);
        builder.HasIndex(m => new { m.EnterpriseId, m.IsAdmin });
    }
}

internal sealed class HallInvitationConfiguration : IEntityTypeConfiguration<HallInvitation>
{
    public void Configure(EntityTypeBuilder<HallInvitation> builder)
    {
        builder.ToTable("HallInvitations");
        builder.Property(i => i.RegionCode).HasMaxLength(12);
        builder.Property(i => i.CodeHash).HasMaxLength(64);
        builder.Property(i => i.CreatedBy).HasMaxLength(256);
        builder.Property(i => i.UsedBy).HasMaxLength(450);
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.HasIndex(i => i.EnterpriseId);
    }
}
