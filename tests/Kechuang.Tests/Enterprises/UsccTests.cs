using Kechuang.Enterprises;

namespace Kechuang.Tests.Enterprises;

public class UsccTests
{
    // Published codes, each checked by hand against GB 32100 / GB 11714 before being asserted here.
    [Theory]
    [InlineData("91350100M000100Y43", "350100")]
    [InlineData("91440300708461136T", "440300")]
    [InlineData("91110108551385082Q", "110108")]
    [InlineData("9133032600000006X9", "330326")] // organisation check X
    [InlineData("913303260000000009", "330326")] // organisation check 0 (Σ mod 11 = 0)
    [InlineData(" 91330326ma27u7x18w ", "330326")] // trimmed and upper-cased
    public void Parse_ValidCode_ReadsArea(string text, string area)
    {
        var uscc = Uscc.Parse(text);

        Assert.Equal(text.Trim().ToUpperInvariant(), uscc.Value);
        Assert.Equal(area, uscc.RegistrationArea);
        Assert.Null(Uscc.Problem(text));
        Assert.True(Uscc.TryParse(text, out var parsed));
        Assert.Equal(uscc, parsed);
    }

    [Fact]
    public void Create_PublishedBody_GivesThePublishedCode()
    {
        Assert.Equal(Uscc.Parse("91350100M000100Y43"), Uscc.Create("350100", "M000100Y"));
        Assert.Equal("9133032600000006X9", Uscc.Create("330326", "00000006").Value);
        Assert.Equal("M000100Y4", Uscc.Create("350100", "m000100y").OrganizationCode);
    }

    [Fact]
    public void Create_OtherAuthorityAndClass_IsValid()
    {
        var uscc = Uscc.Create("330326", "12345678", 'Y', '1');

        Assert.StartsWith("Y1330326123456788", uscc.Value, StringComparison.Ordinal);
        Assert.True(Uscc.TryParse(uscc.Value, out _));
    }

    [Theory]
    [InlineData("35010", "M000100Y")]
    [InlineData("35010A", "M000100Y")]
    [InlineData("350100", "M000100")]
    [InlineData("350100", "M00010OY")]
    public void Create_BadInput_Throws(string area, string body)
    {
        Assert.Throws<ArgumentException>(() => Uscc.Create(area, body));
    }

    [Fact]
    public void Create_IllegalAuthority_Throws()
    {
        Assert.Throws<ArgumentException>(() => Uscc.Create("350100", "M000100Y", 'S'));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    public void Problem_WrongLength_SaysTheLength(string? text, int length)
    {
        Assert.Equal($"统一社会信用代码应为18位，实际为{length}位", Uscc.Problem(text));
        Assert.False(Uscc.TryParse(text, out _));
    }

    [Theory]
    [InlineData("91350100I000100Y43", 9, 'I')]
    [InlineData("91350100M00O100Y43", 12, 'O')]
    [InlineData("Z1350100M000100Y43", 1, 'Z')]
    [InlineData("91350100M000100S43", 16, 'S')]
    [InlineData("91350100M000100Y4V", 18, 'V')]
    [InlineData("9135-100M000100Y43", 5, '-')]
    public void Problem_IllegalSymbol_SaysWhichPosition(string text, int position, char symbol)
    {
        Assert.StartsWith($"统一社会信用代码第{position}位“{symbol}”不是合法字符", Uscc.Problem(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_OrganisationCheckWrong_SaysWhatItShouldBe()
    {
        Assert.Equal("统一社会信用代码第9–17位（组织机构代码）校验不通过：第17位应为“4”，实际为“5”",
            Uscc.Problem("91350100M000100Y53"));
    }

    [Fact]
    public void Problem_FinalCheckWrong_SaysWhatItShouldBe()
    {
        Assert.Equal("统一社会信用代码校验位不通过：第18位应为“3”，实际为“4”", Uscc.Problem("91350100M000100Y44"));
    }

    [Fact]
    public void Parse_Invalid_ThrowsWithTheReason()
    {
        var error = Assert.Throws<FormatException>(() => Uscc.Parse("91350100M000100Y44"));

        Assert.Contains("第18位应为“3”", error.Message, StringComparison.Ordinal);
    }
}
