using System.Globalization;

namespace Kechuang.Common.Excel;

/// <summary>
/// Reads what a cell holds, whatever Excel or WPS made of it: numbers come as doubles, dates as DateTime or as
/// serial numbers when the cell is not formatted as a date, and anything may come as text with separators.
/// </summary>
internal static class CellValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd",
        "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm",
    ];

    private static readonly Dictionary<string, bool> YesNoWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["是"] = true, ["否"] = false, ["true"] = true, ["false"] = false, ["1"] = true, ["0"] = false,
        ["y"] = true, ["n"] = false, ["yes"] = true, ["no"] = false,
    };

    public static string YesNo(bool value) => value ? "是" : "否";

    /// <summary>The cell as the user would read it; also what an error report quotes.</summary>
    public static string? Display(object? value) => value switch
    {
        null => null,
        // Our own exports' guard apostrophe (FormulaGuard) comes off again: an export imports back as it was.
        string s when FormulaGuard.Guarded(s) => Display(s[1..]),
        string s => s.Trim() is { Length: > 0 } t ? t : null,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => YesNo(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim(),
    };

    public static bool TryDecimal(object value, out decimal result)
    {
        result = 0;
        var text = value switch
        {
            // "R" is the shortest text that reads back as the same double: 0.1, not 0.1000000000000000055.
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f and not DateTime => f.ToString(null, CultureInfo.InvariantCulture),
            string s => s.Replace('，', ',').Replace(" ", "", StringComparison.Ordinal).Trim(),
            _ => null,
        };
        return text is not null
            && decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out result);
    }

    public static bool TryInt(object value, out int result)
    {
        result = 0;
        if (!TryDecimal(value, out var number) || number != decimal.Truncate(number) || number is > int.MaxValue or < int.MinValue)
        {
            return false;
        }
        result = (int)number;
        return true;
    }

    public static bool TryDate(object value, out DateOnly result)
    {
        result = default;
        switch (value)
        {
            case DateTime t:
                result = DateOnly.FromDateTime(t);
                return true;
            case DateOnly d:
                result = d;
                return true;
            // A date in a cell without a date format: Excel's serial number (1 = 1900-01-01).
            case double serial when serial >= 1 && serial < 2_958_466:
                result = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
            case string s when DateTime.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                result = DateOnly.FromDateTime(parsed);
                return true;
            default:
                return false;
        }
    }

    public static bool TryYesNo(object value, out bool result)
    {
        switch (value)
        {
            case bool b:
                result = b;
                return true;
            case double d when d is 0 or 1:
                result = d == 1;
                return true;
            case string s when YesNoWords.TryGetValue(s.Trim(), out var word):
                result = word;
                return true;
            default:
                result = false;
                return false;
        }
    }
}
