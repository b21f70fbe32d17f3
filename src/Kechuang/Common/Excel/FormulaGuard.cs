namespace Kechuang.Common.Excel;

/// <summary>
/// Every Excel and CSV export writes its values through <see cref="Safe"/>: text a spreadsheet could take for a formula
/// (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, after the OWASP guidance on CSV
/// injection — "=HYPERLINK(…)" typed into a contract's name must not become a link in the bureau's Excel. The stored value
/// is unchanged, and imports take the apostrophe off again (<see cref="CellValues.Display"/>).
/// </summary>
public static class FormulaGuard
{
    public static object? Safe(object? value) => value is string s && Risky(s, 0) ? "'" + s : value;

    /// <summary>Whether <paramref name="text"/> is a value <see cref="Safe"/> guarded.</summary>
    public static bool Guarded(string text) => text.StartsWith('\'') && Risky(text, 1);

    private static bool Risky(string s, int at) => s.Length > at && s[at] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
