namespace Kechuang.Platforms.Kinds;

/// <summary>POST /api/platforms/kinds takes a name and levels; PUT …/kinds/{name} takes the levels (and the version read).</summary>
public sealed record PlatformKindRequest(string? Name, IReadOnlyList<string>? Levels, int? Version = null);

/// <summary>
/// A kind with its levels, how many platforms of it are on the register in the caller's region (withdrawn ones
/// excepted), and how many entry conditions it has.
/// </summary>
public sealed record PlatformKindDto(Guid Id, string Name, IReadOnlyList<string> Levels, int Platforms, int Conditions, int Version);
