using Kechuang.Enterprises;
using Kechuang.Incubators;

namespace Kechuang.Tests.Incubators;

/// <summary>A carrier's figures (docs/domain.md §7.3): who counts as in residence, and which titles count as gained there.</summary>
public class IncubatorFiguresTests
{
    private static readonly Guid Early = Guid.NewGuid(), Resident = Guid.NewGuid(), Leaver = Guid.NewGuid();

    private static Incubator Carrier()
    {
        var carrier = new Incubator { Name = "测试孵化器", Kind = "孵化器", Level = "县级", RegionCode = "330326", OpenedOn = new(2024, 1, 1) };
        carrier.Areas.Add(new IncubatorArea { AreaSqm = 1_000m, InUseOn = new(2024, 1, 1) });
        carrier.Areas.Add(new IncubatorArea { AreaSqm = 1_000m, InUseOn = new(2025, 9, 1) });
        carrier.Tenants.Add(new IncubatorTenant { Name = "甲", EnterpriseId = Early, EnteredOn = new(2025, 5, 1), AreaSqm = 400m });
        carrier.Tenants.Add(new IncubatorTenant { Name = "乙", EnterpriseId = Resident, EnteredOn = new(2024, 3, 1), AreaSqm = 100m });
        carrier.Tenants.Add(new IncubatorTenant { Name = "丙", EnterpriseId = Leaver, EnteredOn = new(2024, 3, 1), LeftOn = new(2025, 6, 30), Graduated = true });
        carrier.Tenants.Add(new IncubatorTenant { Name = "丁团队", EnteredOn = new(2025, 2, 1), LeftOn = new(2025, 12, 31), Graduated = false });
        return carrier;
    }

    [Fact]
    public void ResidenceEndsTheDayItLeaves_AndOccupancyIsOverTheSpaceInUse()
    {
        var figures = IncubatorFigures.For(Carrier(), [], new DateOnly(2025, 12, 31));

        Assert.Equal(2, figures.InResidence);      // 丁团队 left on the 31st
        Assert.Equal(2, figures.Entered);
        Assert.Equal(1, figures.Graduated);
        Assert.Equal(1, figures.MovedOut);
        Assert.Equal(2_000m, figures.SpaceSqm);
        Assert.Equal(25m, figures.OccupancyPercent);   // 500 of 2,000 m²
        Assert.Equal(50m, IncubatorFigures.For(Carrier(), [], new DateOnly(2025, 8, 31)).OccupancyPercent);
    }

    [Fact]
    public void OnlyTitlesGrantedInResidenceAndInThePeriodCount()
    {
        (Guid, string, DateOnly)[] titles =
        [
            (Early, QualificationType.HighTech, new(2025, 4, 30)),     // the day before it entered
            (Resident, QualificationType.HighTech, new(2025, 10, 1)),
            (Resident, QualificationType.TechSme, new(2024, 5, 1)),    // last year
            (Leaver, QualificationType.TechSme, new(2025, 6, 30)),     // the day it left: still in residence
        ];

        var figures = IncubatorFigures.For(Carrier(), titles, new DateOnly(2025, 12, 31));

        Assert.Equal(1, figures.BecameHighTech);
        Assert.Equal(1, figures.BecameTechSme);
    }
}
