namespace Kechuang.Tests.Architecture;

/// <summary>
/// How namespaces map to modules: a module is the first namespace segment under <see cref="Root"/>.
/// Everything that is neither kernel, platform, demo nor host is a feature module, so a new module is covered
/// the day its folder appears.
/// </summary>
public sealed record ModuleLayout(string Root, IReadOnlySet<string> Kernel, IReadOnlySet<string> Platform, string Demo, IReadOnlySet<string> Hosts)
{
    /// <summary>Kechuang's own layout (docs/architecture.md §1): the executable's namespace Kechuang.Web is the host.</summary>
    public static ModuleLayout Kechuang(string root = "Kechuang") => new(
        root,
        new HashSet<string>(StringComparer.Ordinal) { "Common", "Data", "Regions", "Users", "Audit" },
        new HashSet<string>(StringComparer.Ordinal) { "Indicators", "Reports" },
        "Demo",
        new HashSet<string>(StringComparer.Ordinal) { "Web" });

    /// <summary>The module of a namespace: "" for the root itself, null outside the root.</summary>
    public string? ModuleOf(string ns)
    {
        // Razor puts its type-inference helpers under __Blazor.<component namespace>.
        const string blazor = "__Blazor.";
        ns = ns.StartsWith(blazor, StringComparison.Ordinal) ? ns[blazor.Length..] : ns;
        if (ns == Root)
        {
            return "";
        }
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }
        var rest = ns[(Root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    public bool IsFeature(string? module) =>
        module is { Length: > 0 } && !Kernel.Contains(module) && !Platform.Contains(module) && module != Demo && !Hosts.Contains(module);
}
