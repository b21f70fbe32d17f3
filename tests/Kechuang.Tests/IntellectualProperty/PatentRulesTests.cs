using Kechuang.Common;
using Kechuang.IntellectualProperty;

namespace Kechuang.Tests.IntellectualProperty;

/// <summary>The patent rules of docs/domain.md §7.8 without a database: the checks of a patent, validity, and 每万人发明专利拥有量.</summary>
public sealed class PatentRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static string Number(string digits) => digits + "." + PatentNumber.CheckDigit(digits);

    private static (string? Number, string? Kind, string? Status, Dictionary<string, string[]> Errors) Check(PatentRequest r)
    {
        var v = new Validation();
        var result = PatentRules.Check(r, Today, v);
        try
        {
            v.ThrowIfAny();
            return (result.Number, result.Kind, result.Status, []);
        }
        catch (ValidationFailedException e)
        {
            return (null, null, null, e.Errors.ToDictionary(x => x.Key, x => x.Value));
        }
    }

    [Fact]
    public void Check_BlankKindAndStatus_AreTakenFromTheNumberAndTheDates()
    {
        var (number, kind, status, errors) = Check(new PatentRequest(Guid.NewGuid(), "ZL" + Number("202420123456"), null, new DateOnly(2024, 1, 2), new DateOnly(2024, 8, 9)));

        Assert.Empty(errors);
        Assert.Equal(Number("202420123456"), number);
        Assert.Equal(PatentKinds.UtilityModel, kind);
        Assert.Equal(PatentRules.Granted, status);
    }

    [Theory]
    [InlineData("已授权", null, null, "grantedOn")]           // granted needs its date
    [InlineData("申请中", "2025-03-01", null, "status")]     // a grant date says otherwise
    [InlineData("已失效", "2025-03-01", null, "lapsedOn")]   // lapsed needs its date
    [InlineData(null, "2023-12-31", null, "grantedOn")]     // granted before it was applied for
    [InlineData(null, "2025-03-01", "2025-01-01", "lapsedOn")] // lapsed before granted
    public void Check_StatusAndDates_MustAgree(string? status, string? granted, string? lapsed, string field)
    {
        var r = new PatentRequest(Guid.NewGuid(), Number("202410000001"), "发明", new DateOnly(2024, 1, 2),
            granted is null ? null : DateOnly.Parse(granted, System.Globalization.CultureInfo.InvariantCulture), null, status,
            lapsed is null ? null : DateOnly.Parse(lapsed, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(field, Check(r).Errors.Keys);
    }

    [Fact]
    public void Check_PctNumber_MayCarryAnEarlierFilingYear()
    {
        var (_, kind, _, errors) = Check(new PatentRequest(Guid.NewGuid(), Number("202480012345"), "发明", new DateOnly(2022, 5, 6)));

        Assert.Empty(errors);
        Assert.Equal(PatentKinds.Invention, kind);
    }

    [Fact]
    public void ValidOn_FromGrantUntilTheDayItLapses()
    {
        var granted = new DateOnly(2024, 5, 1);
        var lapsed = new DateOnly(2025, 5, 1);

        Assert.False(PatentRules.ValidOn(null, null, Today));
        Assert.False(PatentRules.ValidOn(granted, null, granted.AddDays(-1)));
        Assert.True(PatentRules.ValidOn(granted, null, granted));
        Assert.True(PatentRules.ValidOn(granted, lapsed, lapsed.AddDays(-1)));
        Assert.False(PatentRules.ValidOn(granted, lapsed, lapsed));
    }

    [Theory]
    [InlineData(350, 86.25)]   // 平阳县-like: 350 ÷ 86.25 万人
    [InlineData(3, 28.00)]
    [InlineData(1, 3.00)]      // 0.3333… rounds to 0.33
    [InlineData(2, 3.00)]      // 0.6666… rounds to 0.67
    public void PerTenThousand_IsValidInventionsOverPopulationInTenThousands(int valid, double population)
    {
        // Independently, in doubles from people: valid × 10,000 ÷ (population × 10,000 people), rounded half away from zero.
        var people = population * 10_000;
        var expected = Math.Round(valid * 10_000 / people, 2, MidpointRounding.AwayFromZero);

        Assert.Equal((decimal)expected, PatentRules.PerTenThousand(valid, (decimal)population));
    }

    [Fact]
    public void PerTenThousand_WithoutAPopulation_IsNone() =>
        Assert.Null(PatentRules.PerTenThousand(10, null));
}
