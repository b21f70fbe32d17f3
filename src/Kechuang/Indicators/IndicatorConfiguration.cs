using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kechuang.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(64);
        builder.Property(i => i.Name).HasMaxLength(60);
        builder.Property(i => i.Unit).HasMaxLength(10);
        builder.Property(i => i.Kind).HasMaxLength(10);
        builder.Property(i => i.Direction).HasMaxLength(10);
        builder.Property(i => i.Source).HasMaxLength(10);
        builder.Property(i => i.NumeratorCode).HasMaxLength(64);
        builder.Property(i => i.DenominatorCode).HasMaxLength(64);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasData(IndicatorCatalogue.Defaults);
    }

    /// <summary>
    /// Indicator figures need four decimals (0.1234 亿元 is 1,234 万元), more than the money convention's fen:
    /// on SQLite they are stored as integer ten-thousandths, on PostgreSQL as numeric(20,4).
    /// </summary>
    public static void FourDecimals(ModelBuilder builder, bool sqlite)
    {
        Apply(builder.Entity<IndicatorTarget>().Property(t => t.Value), sqlite);
        Apply(builder.Entity<IndicatorValue>().Property(v => v.Value), sqlite);
        Apply(builder.Entity<IndicatorRevision>().Property(r => r.OldValue), sqlite);
        Apply(builder.Entity<IndicatorRevision>().Property(r => r.NewValue), sqlite);
    }

    private static void Apply<T>(PropertyBuilder<T> property, bool sqlite)
    {
        if (sqlite)
        {
            property.HasConversion(new TenThousandthsConverter());
        }
        else
        {
            property.HasPrecision(20, 4);
        }
    }
}

/// <summary>A decimal with at most four places ↔ an integer count of ten-thousandths (exact on SQLite).</summary>
internal sealed class TenThousandthsConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * 10_000m, 0, MidpointRounding.AwayFromZero),
    stored => stored / 10_000m);

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.Property(t => t.IndicatorCode).HasMaxLength(64);
        builder.Property(t => t.RegionCode).HasMaxLength(12);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(t => new { t.Year, t.RegionCode, t.IndicatorCode }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(t => t.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.Property(v => v.IndicatorCode).HasMaxLength(64);
        builder.Property(v => v.RegionCode).HasMaxLength(12);
        builder.Property(v => v.Note).HasMaxLength(500);
        builder.Property(v => v.UpdatedBy).HasMaxLength(256);
        // The report reads one month of every region of a peer group: (year, month, region) leads.
        builder.HasIndex(v => new { v.Year, v.Month, v.RegionCode, v.IndicatorCode }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(v => v.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}

internal sealed class IndicatorRevisionConfiguration : IEntityTypeConfiguration<IndicatorRevision>
{
    public void Configure(EntityTypeBuilder<IndicatorRevision> builder)
    {
        builder.Property(r => r.IndicatorCode).HasMaxLength(64);
        builder.Property(r => r.RegionCode).HasMaxLength(12);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.Channel).HasMaxLength(20);
        builder.Property(r => r.ChangedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.IndicatorCode, r.RegionCode, r.Year, r.Month });
    }
}
