using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Vouchers;

internal sealed class VoucherProgrammeConfiguration : IEntityTypeConfiguration<VoucherProgramme>
{
    public void Configure(EntityTypeBuilder<VoucherProgramme> builder)
    {
        builder.ToTable("VoucherProgrammes");
        builder.Property(p => p.Name).HasMaxLength(VoucherRules.MaxName);
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.RegionCode, p.Year });
    }
}

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> builder)
    {
        builder.ToTable("Vouchers");
        builder.Property(v => v.Number).HasMaxLength(40);
        builder.Property(v => v.RegionCode).HasMaxLength(12);
        builder.Property(v => v.Status).HasMaxLength(8);
        builder.Property(v => v.Source).HasMaxLength(8);
        builder.Property(v => v.Note).HasMaxLength(200);
        builder.Property(v => v.DecidedBy).HasMaxLength(64);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => v.Number).IsUnique();
        builder.HasIndex(v => new { v.RegionCode, v.Status });
        builder.HasIndex(v => v.EnterpriseId);
        builder.HasIndex(v => v.ProgrammeId);
        builder.HasOne<VoucherProgramme>().WithMany().HasForeignKey(v => v.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoucherProviderConfiguration : IEntityTypeConfiguration<VoucherProvider>
{
    public void Configure(EntityTypeBuilder<VoucherProvider> builder)
    {
        builder.ToTable("VoucherProviders");
        builder.Property(p => p.Uscc).HasMaxLength(18);
        builder.Property(p => p.Name).HasMaxLength(VoucherRules.MaxName);
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.Property(p => p.Contact).HasMaxLength(50);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Uscc).IsUnique();
        builder.HasIndex(p => new { p.RegionCode, p.Name });
        builder.HasMany(p => p.Services).WithOne().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Relations).WithOne().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VoucherServiceConfiguration : IEntityTypeConfiguration<VoucherService>
{
    public void Configure(EntityTypeBuilder<VoucherService> builder)
    {
        builder.ToTable("VoucherServices");
        builder.Property(s => s.Name).HasMaxLength(VoucherRules.MaxName);
        builder.Property(s => s.Unit).HasMaxLength(20);
    }
}

internal sealed class VoucherProviderRelationConfiguration : IEntityTypeConfiguration<VoucherProviderRelation>
{
    public void Configure(EntityTypeBuilder<VoucherProviderRelation> builder)
    {
        builder.ToTable("VoucherProviderRelations");
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.HasIndex(r => new { r.ProviderId, r.EnterpriseId }).IsUnique();
    }
}

internal sealed class VoucherRedemptionConfiguration : IEntityTypeConfiguration<VoucherRedemption>
{
    public void Configure(EntityTypeBuilder<VoucherRedemption> builder)
    {
        builder.ToTable("VoucherRedemptions");
        builder.Property(r => r.RegionCode).HasMaxLength(12);
        builder.Property(r => r.InvoiceNo).HasMaxLength(VoucherRules.MaxInvoice);
        builder.Property(r => r.Basis).HasMaxLength(200);
        builder.Property(r => r.RecordedBy).HasMaxLength(64);
        // One invoice is redeemed once: the index also catches two redemptions of it at the same moment.
        builder.HasIndex(r => r.InvoiceNo).IsUnique();
        builder.HasIndex(r => new { r.RegionCode, r.ServedOn });
        builder.HasIndex(r => r.VoucherId);
        builder.HasIndex(r => r.ProviderId);
        builder.HasOne<Voucher>().WithMany().HasForeignKey(r => r.VoucherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VoucherProvider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoucherEntryConfiguration : IEntityTypeConfiguration<VoucherEntry>
{
    public void Configure(EntityTypeBuilder<VoucherEntry> builder)
    {
        builder.ToTable("VoucherEntries");
        builder.Property(e => e.Kind).HasMaxLength(8);
        builder.Property(e => e.Note).HasMaxLength(300);
        builder.HasIndex(e => e.VoucherId);
        builder.HasOne<Voucher>().WithMany().HasForeignKey(e => e.VoucherId).OnDelete(DeleteBehavior.Cascade);
    }
}
