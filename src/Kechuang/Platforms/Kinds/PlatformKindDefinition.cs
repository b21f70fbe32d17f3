using Kechuang.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Platforms.Kinds;

/// <summary>
/// A kind of platform as the bureau keeps it: its name and the levels it is recognised at (docs/domain.md §7.2).
/// Seeded with <see cref="PlatformKinds.Defaults"/>; a province or country administrator adds a kind or a level when
/// the province creates one, since one table serves every county.
/// </summary>
public sealed class PlatformKindDefinition : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The Chinese name, the key platforms and entry conditions refer to; never renamed.</summary>
    public required string Name { get; init; }

    /// <summary>The levels, highest first, joined by '、' (a short list read and written whole).</summary>
    public required string Levels { get; set; }

    public int SortOrder { get; init; }
    public int Version { get; set; }

    public PlatformKind ToKind() => new(Name, [.. Levels.Split('、', StringSplitOptions.RemoveEmptyEntries)]);

    public static string Join(IEnumerable<string> levels) => string.Join("、", levels.OrderByDescending(PlatformKinds.Rank));

    /// <summary>Seeded rows have fixed keys so a migration can insert them (ADR 0002: keys made in code).</summary>
    public static readonly PlatformKindDefinition[] Seed =
    [
        .. PlatformKinds.Defaults.Select((k, i) => new PlatformKindDefinition
        {
            Id = new Guid($"0193e001-0000-7000-8000-{i + 1:D12}"),
            Name = k.Name,
            Levels = Join(k.Levels),
            SortOrder = (i + 1) * 10,
            Version = 1,
        }),
    ];
}

internal sealed class PlatformKindDefinitionConfiguration : IEntityTypeConfiguration<PlatformKindDefinition>
{
    public void Configure(EntityTypeBuilder<PlatformKindDefinition> builder)
    {
        builder.ToTable("PlatformKinds");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(PlatformKindRules.MaxNameLength);
        builder.Property(k => k.Levels).HasMaxLength(40);
        builder.Property(k => k.Version).IsConcurrencyToken();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.HasData(PlatformKindDefinition.Seed);
    }
}
