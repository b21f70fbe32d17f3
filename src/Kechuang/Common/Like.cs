namespace Kechuang.Common;

/// <summary>Text typed into a search box, made safe for <c>EF.Functions.Like(…, pattern, "\\")</c>: % and _ match themselves.</summary>
public static class Like
{
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>"%text%": anywhere in the column.</summary>
    public static string Anywhere(string text) => "%" + Escape(text) + "%";
}
