using Kechuang.Data;
using Mono.Cecil;

namespace Kechuang.Tests.Architecture;

/// <summary>Every type (nested ones included) of a compiled assembly, read without loading it.</summary>
public static class CompiledTypes
{
    public static IReadOnlyList<TypeDefinition> Of(string path)
    {
        var assembly = AssemblyDefinition.ReadAssembly(path, new ReaderParameters { InMemory = true, ReadSymbols = false });
        return assembly.Modules.SelectMany(m => m.GetTypes()).ToList();
    }

    /// <summary>Kechuang.Core and the kechuang executable (copied beside the tests by the project reference).</summary>
    public static IReadOnlyList<TypeDefinition> Kechuang() =>
        [.. Of(typeof(KechuangDbContext).Assembly.Location), .. Of(Path.Combine(AppContext.BaseDirectory, "kechuang.dll"))];
}
