using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kechuang.Enterprises;

namespace Kechuang.Tests.Enterprises;

public class UsccProperties
{
    private static readonly string[] Published = ["91350100M000100Y43", "91440300708461136T", "91110108551385082Q"];

    /// <summary>Valid codes built from any area and any organisation-code body.</summary>
    private static Arbitrary<string> Codes()
    {
        var digit = Gen.Elements("0123456789".ToCharArray());
        var symbol = Gen.Elements(Uscc.Symbols.ToCharArray());
        var gen = from area in Gen.ArrayOf(digit, 6)
                  from body in Gen.ArrayOf(symbol, 8)
                  from authority in Gen.Elements('1', '5', '9', 'Y')
                  from entityClass in Gen.Elements('1', '2', '3', '9')
                  select Uscc.Create(new string(area), new string(body), authority, entityClass).Value;
        return Gen.OneOf(gen, Gen.Elements(Published)).ToArbitrary();
    }

    /// <summary>Every code that differs from <paramref name="code"/> in exactly one position, by another allowed symbol.</summary>
    private static IEnumerable<string> SingleChanges(string code) =>
        from position in Enumerable.Range(0, code.Length)
        from symbol in Uscc.Symbols
        where symbol != code[position]
        select string.Concat(code.AsSpan(0, position), symbol.ToString(), code.AsSpan(position + 1));

    [Property]
    public Property Create_AnyAreaAndBody_IsValid() =>
        Prop.ForAll(Codes(), code => Uscc.Problem(code) is null);

    [Property(MaxTest = 50)]
    public Property SingleCharacterChange_AnyPositionAnySymbol_IsRejected() =>
        Prop.ForAll(Codes(), code => SingleChanges(code).All(changed => !Uscc.TryParse(changed, out _)));

    [Fact]
    public void SingleCharacterChange_PublishedCodes_AreAllRejected()
    {
        foreach (var code in Published)
        {
            Assert.Equal(18 * 30, SingleChanges(code).Count());
            Assert.All(SingleChanges(code), changed => Assert.NotNull(Uscc.Problem(changed)));
        }
    }
}
