namespace Kechuang.Regions;

/// <summary>One administrative division. Codes change over the years, so a region is retired rather than deleted.</summary>
public sealed class Region
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public RegionLevel Level { get; init; }
    public string? ParentCode { get; init; }
    public DateOnly? RetiredOn { get; set; }
}
