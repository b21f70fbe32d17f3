using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Contracts;

internal sealed class TechContractConfiguration : IEntityTypeConfiguration<TechContract>
{
    public void Configure(EntityTypeBuilder<TechContract> builder)
    {
        builder.ToTable("TechContracts");
        builder.Property(c => c.RegistrationNo).HasMaxLength(40);
        // Unique once registered; received and refused contracts have none.
        builder.HasIndex(c => c.RegistrationNo).IsUnique().HasFilter("\"RegistrationNo\" IS NOT NULL");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Type).HasMaxLength(30);
        builder.Property(c => c.SellerName).HasMaxLength(200);
        builder.Property(c => c.SellerUscc).HasMaxLength(18);
        builder.Property(c => c.SellerRegionCode).HasMaxLength(12);
        builder.Property(c => c.BuyerName).HasMaxLength(200);
        builder.Property(c => c.BuyerUscc).HasMaxLength(18);
        builder.Property(c => c.BuyerRegionCode).HasMaxLength(12);
        builder.Property(c => c.TechnologyField).HasMaxLength(50);
        builder.Property(c => c.Status).HasMaxLength(12);
        builder.Property(c => c.RefusalReason).HasMaxLength(500);
        builder.Property(c => c.ScanFileName).HasMaxLength(200);
        builder.Property(c => c.ScanContentType).HasMaxLength(50);
        builder.Property(c => c.Version).IsConcurrencyToken();
        // The desk and the waiting list work on one county's contracts by receipt date.
        builder.HasIndex(c => new { c.SellerRegionCode, c.Status, c.ReceivedOn });
        // An enterprise user sees the contracts its enterprise sold.
        builder.HasIndex(c => c.SellerUscc);
        // No foreign key to Regions: every write path checks the seller's region against the region list, and regions
        // are retired, never deleted (docs/domain.md §2); the per-row check made the import's write a quarter slower (bench/, 300,000 rows: PostgreSQL 6.2 s → 4.8 s).
    }
}

internal sealed class ContractScanConfiguration : IEntityTypeConfiguration<ContractScan>
{
    public void Configure(EntityTypeBuilder<ContractScan> builder)
    {
        builder.ToTable("ContractScans");
        builder.HasKey(s => s.ContractId);
        builder.HasOne<TechContract>().WithOne().HasForeignKey<ContractScan>(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContractMonthStatConfiguration : IEntityTypeConfiguration<ContractMonthStat>
{
    public void Configure(EntityTypeBuilder<ContractMonthStat> builder)
    {
        builder.ToTable("ContractMonthStats");
        builder.HasKey(s => new { s.RegionCode, s.Period, s.Type });
        builder.Property(s => s.RegionCode).HasMaxLength(12);
        builder.Property(s => s.Type).HasMaxLength(30);
    }
}
