using Kechuang.Tests.Architecture.Fixture.Data;
using Microsoft.EntityFrameworkCore;
using Xunit.Sdk;

namespace Kechuang.Tests.Architecture;

/// <summary>The rules themselves can fail: run over the miniature modules under Architecture/Fixture, each
/// planted violation is reported, and nothing else.</summary>
public sealed class BoundaryRulesTests
{
    private const string Root = "Kechuang.Tests.Architecture.Fixture";

    private static readonly BoundaryRules Rules = new(
        ModuleLayout.Kechuang(Root),
        CompiledTypes.Of(typeof(BoundaryRulesTests).Assembly.Location)
            .Where(t => TypeUsages.Outermost(t).Namespace.StartsWith(Root + ".", StringComparison.Ordinal)).ToList());

    [Fact]
    public void PlatformUsingFeatures_PlatformTypeUsesFeatureEntity_ReportsIt() =>
        Assert.Equal([$"{Root}.Reports.LeakySection → {Root}.Contracts.Deal"], Keys(Rules.PlatformUsingFeatures()));

    [Fact]
    public void DemoOutsideStartup_StartupListedByName_ReportsOnlyTheOthers()
    {
        Assert.Equal([$"{Root}.Indicators.UsesDemo → {Root}.Demo.Seeder"],
            Keys(Rules.DemoOutsideStartup(new HashSet<string> { $"{Root}.Web.Startup" })));
        Assert.Equal([$"{Root}.Indicators.UsesDemo → {Root}.Demo.Seeder", $"{Root}.Web.Startup → {Root}.Demo.Seeder"],
            Keys(Rules.DemoOutsideStartup(new HashSet<string>())));
    }

    [Fact]
    public void ForeignTables_EntityDbSetAndSetOfT_ReportsEachButNotOwnKernelOrNamedQueries()
    {
        using var db = new FixtureDbContext(new DbContextOptionsBuilder<FixtureDbContext>().UseSqlite("Data Source=:memory:").Options);

        var found = Keys(Rules.ForeignTables(EntityCatalog.Of(db)));

        Assert.Equal(
        [
            $"{Root}.Contracts.PeeksAtFirms → FixtureDbContext.Firms",
            $"{Root}.Contracts.PeeksAtFirms → {Root}.Enterprises.Firm",
            $"{Root}.Contracts.SetsFirms → DbContext.Set<{Root}.Enterprises.Firm>()",
            $"{Root}.Contracts.SetsFirms → {Root}.Enterprises.Firm",
            $"{Root}.Reports.LeakySection → {Root}.Contracts.Deal",
            $"{Root}.Web.FirmEndpoint → FixtureDbContext.Firms",
            $"{Root}.Web.FirmEndpoint → {Root}.Enterprises.Firm",
        ], found);
    }

    [Fact]
    public void ExpectNone_Violations_MessageListsEachTypeAndWhatItUses()
    {
        var failure = Assert.Throws<FailException>(() => Expect.None("rule 1", Rules.PlatformUsingFeatures()));

        Assert.Contains($"rule 1 — 1 violation(s):\n  {Root}.Reports.LeakySection → {Root}.Contracts.Deal  (Reports is platform; Contracts is a feature module)",
            failure.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectNone_AllowListEntryNoLongerFound_Fails()
    {
        var allowed = new Dictionary<string, string> { ["A → B"] = "gone" };

        var failure = Assert.Throws<FailException>(() => Expect.None("rule", [], allowed));

        Assert.Contains("no longer found, remove it: A → B", failure.Message, StringComparison.Ordinal);
    }

    private static List<string> Keys(IEnumerable<Violation> found) => found.Select(v => v.Key).ToList();
}
