using Kechuang.Enterprises;

namespace Kechuang.Tests.Enterprises;

public sealed class PinyinInitialsTests
{
    [Theory]
    [InlineData("温州华创科技有限公司", "wzhckjyxgs")]
    [InlineData("平阳县精工机械厂", "pyxjgjxc")]
    [InlineData("浙江ABC新材料股份有限公司", "zjabcxclgfyxgs")]
    [InlineData("阿八擦大鹅发噶哈鸡咖拉妈拿哦趴七然撒他挖西压匝", "abcdefghjklmnopqrstwxyz")]
    [InlineData("", "")]
    public void Of_GivesEachCharactersInitial(string name, string expected) =>
        Assert.Equal(expected, PinyinInitials.Of(name));

    [Fact]
    public void Of_SkipsWhatHasNoInitial()
    {
        Assert.Equal("kj", PinyinInitials.Of("科（）·技"));
        Assert.Equal("", PinyinInitials.Of("𠮷"));
    }

    [Theory]
    [InlineData("wzhc", true)]
    [InlineData("W", false)]
    [InlineData("9133", false)]
    [InlineData("wz科技", false)]
    public void LooksLikeInitials_OnlyForTwoOrMoreLetters(string term, bool expected) =>
        Assert.Equal(expected, PinyinInitials.LooksLikeInitials(term));
}
