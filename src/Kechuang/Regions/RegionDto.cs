namespace Kechuang.Regions;

/// <summary>What the API and pages show of a region: {code, name, level, parentCode}.</summary>
public sealed record RegionDto(string Code, string Name, string Level, string? ParentCode, bool Retired)
{
    public static RegionDto From(Region r) => new(r.Code, r.Name, r.Level.ApiName(), r.ParentCode, r.RetiredOn is not null);
}
