using Mono.Cecil;

namespace Kechuang.Tests.Architecture;

/// <summary>
/// The module boundaries of docs/architecture.md §2 as checks over compiled types. Each rule returns every offending
/// use once, named by the top-level type that makes it (closures and async state machines count as their owner).
/// </summary>
public sealed class BoundaryRules(ModuleLayout layout, IReadOnlyCollection<TypeDefinition> types)
{
    /// <summary>Rule 1: the platform (Indicators, Reports) knows no feature module; features plug in through
    /// IIndicatorCalculator and ISummarySection.</summary>
    public IReadOnlyList<Violation> PlatformUsingFeatures() =>
        Distinct(
            from type in types
            let source = Source(type)
            where layout.Platform.Contains(layout.ModuleOf(source.Namespace) ?? "")
            from used in TypeUsages.TypesUsedBy(type)
            let module = ModuleOf(used)
            where layout.IsFeature(module)
            select new Violation(source.FullName, used.FullName, $"{layout.ModuleOf(source.Namespace)} is platform; {module} is a feature module"));

    /// <summary>Rule 2: only the named startup types use the demo data.</summary>
    public IReadOnlyList<Violation> DemoOutsideStartup(IReadOnlySet<string> startup) =>
        Distinct(
            from type in types
            let source = Source(type)
            where layout.ModuleOf(source.Namespace) != layout.Demo && !startup.Contains(source.FullName)
            from used in TypeUsages.TypesUsedBy(type)
            where ModuleOf(used) == layout.Demo
            select new Violation(source.FullName, used.FullName, "demo data is for startup only"));

    /// <summary>
    /// Rule 3: a module reads another module's tables only through that module's named queries. Kernel tables
    /// are everyone's; the demo seeds every table and Data maps them all, so both are exempt.
    /// </summary>
    public IReadOnlyList<Violation> ForeignTables(EntityCatalog catalog) =>
        Distinct(
            from type in types
            let source = Source(type)
            let reader = layout.ModuleOf(source.Namespace)
            where reader is not null && reader != layout.Demo && reader != "Data"
            from use in EntityUses(type, catalog)
            let owner = ModuleOf(use.Entity)
            where owner != reader && owner is not null && !layout.Kernel.Contains(owner)
            select new Violation(source.FullName, use.Target, $"{use.What} owned by {owner}"));

    private IEnumerable<(string Target, string What, string Entity)> EntityUses(TypeDefinition type, EntityCatalog catalog)
    {
        foreach (var used in TypeUsages.TypesUsedBy(type).Where(t => catalog.Entities.Contains(t.FullName)))
        {
            yield return (used.FullName, "entity", used.FullName);
        }
        foreach (var method in TypeUsages.Methods(type))
        {
            if (method.DeclaringType.FullName == catalog.Context && method.Name.StartsWith("get_", StringComparison.Ordinal)
                && catalog.DbSets.TryGetValue(method.Name[4..], out var entity))
            {
                yield return ($"{method.DeclaringType.Name}.{method.Name[4..]}", "DbSet", entity);
            }
            if (method is GenericInstanceMethod { Name: "Set" } set && set.GenericArguments[0] is var argument
                && catalog.Entities.Contains(argument.FullName))
            {
                yield return ($"{method.DeclaringType.Name}.Set<{argument.FullName}>()", "DbSet", argument.FullName);
            }
        }
    }

    private static TypeReference Source(TypeDefinition type) => TypeUsages.Outermost(type);

    private string? ModuleOf(TypeReference type) => layout.ModuleOf(TypeUsages.Outermost(type).Namespace);

    private string? ModuleOf(string fullName) =>
        layout.ModuleOf(fullName.Split('/')[0] is var top && top.LastIndexOf('.') is var dot and > 0 ? top[..dot] : "");

    private static List<Violation> Distinct(IEnumerable<Violation> found) =>
        found.DistinctBy(v => v.Key).OrderBy(v => v.Source, StringComparer.Ordinal).ThenBy(v => v.Target, StringComparer.Ordinal).ToList();
}
