
namespace Kechuang.Common.Excel;

/// <summary>
/// One row's cells, read by field, and the row's errors. A cell that cannot be read (text in a number column …) is
/// reported once: the validator's "请填写…" for the same field is dropped.
/// </summary>
internal sealed class RowCells(ExcelSheet sheet, SheetRow row)
{
    private delegate bool Parse<T>(object value, out T result);

    private readonly List<ImportError> _errors = [];
    private readonly HashSet<string> _unreadable = [];

    public int Number => row.Number;
    public bool Ok => _errors.Count == 0;
    public IReadOnlyList<ImportError> Errors => _errors;

    public bool HasError(string field) => _errors.Any(e => e.Column == sheet.HeaderOf(field));

    /// <summary>The cell's text; <paramref name="absent"/> when the file has no such column.</summary>
    public string? Text(string field, string? absent = null) => sheet.Has(field) ? Display(field) : absent;

    public int? Int(string field, int? absent = null) =>
        Read<int>(field, absent, CellValues.TryInt, "应为整数");

    public decimal? Money(string field, decimal? absent = null) =>
        Read<decimal>(field, absent, CellValues.TryDecimal, "应为金额数字（单位：元），如 1234567.89");

    /// <summary>A number that is not money (an area, a count with decimals); <paramref name="hint"/> says what is expected.</summary>
    public decimal? Decimal(string field, string hint, decimal? absent = null) =>
        Read<decimal>(field, absent, CellValues.TryDecimal, hint);

    public DateOnly? Date(string field, DateOnly? absent = null) =>
        Read<DateOnly>(field, absent, CellValues.TryDate, "日期格式不正确：应为 yyyy-MM-dd（如 2018-05-20）或 Excel 日期");

    public bool? YesNo(string field, bool? absent = null) =>
        Read<bool>(field, absent, CellValues.TryYesNo, "应填“是”或“否”");

    public void Add(string field, string reason) =>
        _errors.Add(new ImportError(row.Number, sheet.HeaderOf(field), Display(field), reason));

    /// <summary>Copies a validator's problems, each under its column.</summary>
    public void Add(Validation validation)
    {
        if (!validation.HasErrors)
        {
            return;
        }
        try
        {
            validation.ThrowIfAny();
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors.Where(x => !_unreadable.Contains(x.Key)))
            {
                foreach (var message in messages)
                {
                    Add(field, message);
                }
            }
        }
    }

    private string? Display(string field) => sheet.Text(row, field);

    private T? Read<T>(string field, T? absent, Parse<T> parse, string reason)
        where T : struct
    {
        if (!sheet.Has(field))
        {
            return absent;
        }
        var value = row.Cells[sheet.IndexOf(field)];
        if (value is null)
        {
            return null;
        }
        if (parse(value, out var result))
        {
            return result;
        }
        _unreadable.Add(field);
        Add(field, reason);
        return null;
    }
}
