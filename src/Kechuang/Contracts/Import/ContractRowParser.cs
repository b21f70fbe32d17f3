using System.Globalization;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Regions;
using static Kechuang.Contracts.Import.ContractColumns;

namespace Kechuang.Contracts.Import;

/// <summary>One good row with its values as stored: trimmed, codes upper-case, the decision from the registration date.</summary>
internal sealed record StagedContract(
    int Row, string? RegistrationNo, string Name, string Type, string SellerName, string SellerUscc, string SellerRegionCode,
    string BuyerName, string? BuyerUscc, string? BuyerRegionCode, DateOnly SignedOn, DateOnly ReceivedOn, DateOnly? RegisteredOn,
    decimal Turnover, decimal TechTransaction)
{
    public string Status => RegisteredOn is null ? ContractStatus.Received : ContractStatus.Registered;

    public int? Period => RegisteredOn is { } on ? TechContract.Period(on) : null;

    public static StagedContract From(int row, ContractRequest r, string? number, DateOnly? registeredOn) => new(
        row, number, r.Name!.Trim(), r.Type!, r.SellerName!.Trim(), r.SellerUscc!.Trim().ToUpperInvariant(), r.SellerRegionCode!.Trim(),
        r.BuyerName!.Trim(), r.BuyerUscc?.Trim().ToUpperInvariant(), r.BuyerRegionCode?.Trim(), r.SignedOn!.Value, r.ReceivedOn!.Value,
        registeredOn, r.Turnover!.Value, r.TechTransaction!.Value);
}

/// <summary>
/// Checks one row with the same rules as the form (<see cref="ContractRules"/>) and reports each problem under its
/// column with the cell's value; unreadable cells (text in a date column …) are reported once.
/// </summary>
internal sealed class ContractRowParser(Func<string, Region?> regions, DateOnly today, Users.Caller caller)
{
    private static readonly Dictionary<string, int> FieldColumns = All.Select((c, i) => (c.Field, i)).ToDictionary(x => x.Field, x => x.i);
    private readonly HashSet<string> _unreadable = [];

    public StagedContract? Parse(ContractRow row, List<ImportError> errors)
    {
        var cells = row.Cells;
        var before = errors.Count;
        var unreadable = _unreadable;
        unreadable.Clear();
        var type = cells[TypeName] is { } typeText ? ContractTypes.Parse(typeText) : null;
        if (cells[TypeName] is not null && type is null)
        {
            unreadable.Add("type");
            errors.Add(new ImportError(row.Number, All[TypeName].Header, cells[TypeName], $"合同类别不正确，应为：{ContractTypes.Allowed}"));
        }
        var request = new ContractRequest(
            cells[Name], type, cells[SellerName], cells[SellerUscc], cells[SellerRegionCode], cells[BuyerName],
            cells[BuyerUscc], cells[BuyerRegionCode],
            Date(row, SignedOn, errors, unreadable), Date(row, ReceivedOn, errors, unreadable),
            Money(row, Turnover, errors, unreadable), Money(row, TechTransaction, errors, unreadable));
        var registeredOn = Date(row, RegisteredOn, errors, unreadable);
        var number = cells[RegistrationNo]?.ToUpperInvariant();

        var validation = new Validation();
        ContractRules.Check(request, regions, today, validation);
        if ((number is null) != (registeredOn is null && !unreadable.Contains("registeredOn")))
        {
            validation.Add(number is null ? "registrationNo" : "registeredOn", "登记编号和登记日期须同时填写（已登记合同）或同时留空（待登记合同）");
        }
        else if (number is not null && request.ReceivedOn is { } received)
        {
            ContractRules.CheckRegistration(registeredOn, number, received, today, validation);
        }
        Copy(row, validation, unreadable, errors);
        if (!HasError(errors, before, "sellerRegionCode") && RegionCode.TryParse(request.SellerRegionCode, out var region) && !caller.CanSee(region))
        {
            Add(row, errors, "sellerRegionCode", $"当前账号只能导入卖方在本辖区（{caller.Region}）的合同");
        }
        return errors.Count == before ? StagedContract.From(row.Number, request, number, registeredOn) : null;
    }

    private static DateOnly? Date(ContractRow row, int column, List<ImportError> errors, HashSet<string> unreadable)
    {
        var text = row.Cells[column];
        if (text is null)
        {
            return null;
        }
        // The usual cell first, without trying every format the slower path knows.
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }
        // A date cell without a date format arrives as Excel's serial number (45000 = 2023-03-15).
        object value = text.Length == 5 && text.All(char.IsAsciiDigit) ? double.Parse(text, CultureInfo.InvariantCulture) : text;
        if (CellValues.TryDate(value, out var date))
        {
            return date;
        }
        unreadable.Add(All[column].Field);
        errors.Add(new ImportError(row.Number, All[column].Header, text, "日期格式不正确：应为 yyyy-MM-dd（如 2025-05-20）"));
        return null;
    }

    private static decimal? Money(ContractRow row, int column, List<ImportError> errors, HashSet<string> unreadable)
    {
        var text = row.Cells[column];
        if (text is null)
        {
            return null;
        }
        if (CellValues.TryDecimal(text, out var amount))
        {
            return amount;
        }
        unreadable.Add(All[column].Field);
        errors.Add(new ImportError(row.Number, All[column].Header, text, "应为金额数字（单位：元），如 1234567.89"));
        return null;
    }

    private static void Copy(ContractRow row, Validation validation, HashSet<string> unreadable, List<ImportError> errors)
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
            foreach (var (field, messages) in e.Errors.Where(x => !unreadable.Contains(x.Key)))
            {
                foreach (var message in messages)
                {
                    Add(row, errors, field, message);
                }
            }
        }
    }

    private static void Add(ContractRow row, List<ImportError> errors, string field, string reason)
    {
        var column = FieldColumns.TryGetValue(field, out var i) ? i : -1;
        errors.Add(new ImportError(row.Number, column >= 0 ? All[column].Header : field, column >= 0 ? row.Cells[column] : null, reason));
    }

    private static bool HasError(List<ImportError> errors, int from, string field)
    {
        var header = Header(field);
        for (var i = from; i < errors.Count; i++)
        {
            if (errors[i].Column == header)
            {
                return true;
            }
        }
        return false;
    }
}
