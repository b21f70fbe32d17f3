using Kechuang.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Platforms.Candidates;

/// <summary>
/// One entry condition (认定条件) of a kind at a level: a measure and its minimum in the measure's unit, with the
/// document it comes from (docs/domain.md §7.2). Seeded with the published conditions; an administrator may change a
/// minimum when the province revises it.
/// </summary>
public sealed class PlatformEntryCondition : IVersioned
{
    public Guid Id { get; init; }

    /// <summary>One of the kinds (Kinds/PlatformKindDefinition), at one of its levels.</summary>
    public required string Kind { get; init; }

    public required string Level { get; init; }
    public EntryMeasure Measure { get; init; }

    /// <summary>In <see cref="Unit"/>: 万元, %, 人, 件; a title is 1 (required) or 0.</summary>
    public decimal Minimum { get; set; }

    /// <summary>The measure's unit (<see cref="EntryMeasures.Unit"/>), kept on the row so the table reads on its own.</summary>
    public required string Unit { get; init; }

    public required string Source { get; init; }
    public int SortOrder { get; init; }
    public int Version { get; set; }

    private const string RdCentre = "浙江省高新技术企业研究开发中心认定条件（浙江省科学技术厅）";
    private const string Institute = "浙江省省级企业研究院认定条件（浙江省科学技术厅）";
    private const string CityCentre = "市级企业研发中心认定条件（设区市科技局）";
    private const string CountyCentre = "县级企业研发中心认定条件（县（市、区）科技局）";

    /// <summary>The published conditions a county bureau checks (docs/domain.md §7.2, with the simplifications stated there).</summary>
    public static readonly PlatformEntryCondition[] Defaults =
    [
        Seed(1, "高新技术企业研发中心", "省级", EntryMeasure.HighTech, 1, RdCentre),
        Seed(2, "高新技术企业研发中心", "省级", EntryMeasure.RdRatio, 3, RdCentre),
        Seed(3, "高新技术企业研发中心", "省级", EntryMeasure.RdStaff, 10, RdCentre),
        Seed(4, "企业研究院", "省级", EntryMeasure.HighTech, 1, Institute),
        Seed(5, "企业研究院", "省级", EntryMeasure.RdExpense, 1000, Institute),
        Seed(6, "企业研究院", "省级", EntryMeasure.RdRatio, 3, Institute),
        Seed(7, "企业研究院", "省级", EntryMeasure.RdStaff, 50, Institute),
        Seed(8, "企业研发中心", "市级", EntryMeasure.RdExpense, 100, CityCentre),
        Seed(9, "企业研发中心", "市级", EntryMeasure.RdStaff, 5, CityCentre),
        Seed(10, "企业研发中心", "县级", EntryMeasure.RdExpense, 50, CountyCentre),
        Seed(11, "企业研发中心", "县级", EntryMeasure.RdStaff, 3, CountyCentre),
    ];

    /// <summary>Seeded rows have fixed keys so a migration can insert them (ADR 0002: keys made in code).</summary>
    private static PlatformEntryCondition Seed(int n, string kind, string level, EntryMeasure measure, decimal minimum, string source) => new()
    {
        Id = new Guid($"0193e000-0000-7000-8000-{n:D12}"),
        Kind = kind,
        Level = level,
        Measure = measure,
        Minimum = minimum,
        Unit = EntryMeasures.Unit(measure),
        Source = source,
        SortOrder = n,
        Version = 1,
    };
}

internal sealed class PlatformEntryConditionConfiguration : IEntityTypeConfiguration<PlatformEntryCondition>
{
    public void Configure(EntityTypeBuilder<PlatformEntryCondition> builder)
    {
        builder.ToTable("PlatformEntryConditions");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Level).HasMaxLength(10);
        builder.Property(c => c.Measure).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Unit).HasMaxLength(10);
        builder.Property(c => c.Source).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Kind, c.Level, c.Measure }).IsUnique();
        builder.HasData(PlatformEntryCondition.Defaults);
    }
}
