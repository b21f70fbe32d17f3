namespace Kechuang.Common.Excel;

/// <summary>
/// A column of an import sheet: the Chinese header users see and the camelCase field the validators key their
/// errors by, so an error on "techStaff" names the column 科技人员数. A <see cref="Required"/> column must be in the
/// header row; an optional one may be left out, and then an update keeps what is stored.
/// </summary>
public sealed record ExcelColumn(string Header, string Field, bool Required = false, double Width = 14, string? Format = null)
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string MoneyFormat = "#,##0.00";
}
